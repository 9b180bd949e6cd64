//! Languages and translations. Every string a person reads comes from the Fluent files in
//! `locales/en` and `locales/cy`, embedded at compile time. Welsh plural categories (zero,
//! one, two, few, many, other) come from CLDR through Fluent's plural rules.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface is offered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The BCP 47 code, as used in `<html lang>`, `?lang=` and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// Parses `en` or `cy` (also `en-GB`, `cy-GB`, any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "cy" => Some(Lang::Cy),
            _ => None,
        }
    }

    /// The other language, for the switch on every page.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }

    /// The language's own name ("English", "Cymraeg").
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Lang::En => fluent_templates::langid!("en"),
            Lang::Cy => fluent_templates::langid!("cy"),
        }
    }

    /// The translation of `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.identifier(), key)
    }

    /// The translation of `key` with named arguments (strings or numbers).
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let v = match value {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), v)
            })
            .collect();
        LOCALES.lookup_with_args(&self.identifier(), key, &map)
    }

    /// Whether `key` exists in this language's own file (no fallback). Tests use it to
    /// prove both languages are complete.
    pub fn has(self, key: &str) -> bool {
        LOCALES
            .lookup_no_default_fallback::<&str>(&self.identifier(), key, None)
            .is_some()
    }
}

/// An argument to a translated message.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&usize> for Arg {
    fn from(n: &usize) -> Arg {
        Arg::from(*n)
    }
}
impl From<&&usize> for Arg {
    fn from(n: &&usize) -> Arg {
        Arg::from(**n)
    }
}
impl From<&i64> for Arg {
    fn from(n: &i64) -> Arg {
        Arg::Num(*n)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<&&i64> for Arg {
    fn from(n: &&i64) -> Arg {
        Arg::Num(**n)
    }
}

/// The preferred supported language in an `Accept-Language` header, by quality value.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let quality = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(lang) = Lang::from_code(tag) {
            if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
    }
    best.map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_highest_quality() {
        assert_eq!(
            from_accept_language("cy-GB,cy;q=0.9,en;q=0.8"),
            Some(Lang::Cy)
        );
        assert_eq!(from_accept_language("en;q=0.5, cy;q=0.7"), Some(Lang::Cy));
        assert_eq!(from_accept_language("fr, en-GB;q=0.3"), Some(Lang::En));
        assert_eq!(from_accept_language("fr, de"), None);
        assert_eq!(from_accept_language("cy;q=0"), None);
    }

    #[test]
    fn welsh_plural_rules_pick_the_right_form() {
        // Welsh has six plural categories: 0 zero, 1 one, 2 two, 3 few, 6 many, other.
        let forms: Vec<String> = [0, 1, 2, 3, 6, 7]
            .iter()
            .map(|n| Lang::Cy.t_args("admin-users-count", &[("count", Arg::Num(*n))]))
            .collect();
        assert_eq!(forms.len(), 6);
        let distinct: std::collections::HashSet<&String> = forms.iter().collect();
        assert_eq!(
            distinct.len(),
            6,
            "each Welsh plural category has its own text: {forms:?}"
        );
    }
}
