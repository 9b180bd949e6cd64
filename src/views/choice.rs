//! Checkboxes, radios and options built from a list of codes: each code's words (the Fluent
//! message `<prefix><code>`) and whether it is chosen.

/// A code, its words and whether it is chosen: one checkbox or option.
pub struct Choice {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// One [`Choice`] per code, labelled by `<prefix><code>`, checked where `on` says so.
pub fn choices(
    ctx: &crate::http::RequestContext,
    prefix: &str,
    codes: &[&'static str],
    on: impl Fn(&str) -> bool,
) -> Vec<Choice> {
    codes
        .iter()
        .map(|code| Choice {
            code,
            label: ctx.lang.t(&format!("{prefix}{code}")),
            checked: on(code),
        })
        .collect()
}
