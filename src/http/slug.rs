//! Slugs: the readable, URL-safe name a record is addressed by
//! (`/organisations/electoral-reform-society-cymru`, `/events/open-conversation`).

/// A URL-safe slug from a name ("Electoral Reform Society Cymru" →
/// "electoral-reform-society-cymru"): letters and digits (any script) lower-cased, every
/// run of anything else one hyphen, at most 80 characters; `fallback` when nothing is left.
pub fn slugify(name: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-').chars().take(80).collect::<String>();
    if slug.is_empty() {
        fallback.to_string()
    } else {
        slug
    }
}

/// The slugs to try for `name`, in order: its slug, then `-2`, `-3` … (never `new`, which
/// is a page of its own), up to a thousand.
pub fn candidates(name: &str, fallback: &str) -> impl Iterator<Item = String> {
    let base = slugify(name, fallback);
    (1..1000)
        .map(move |n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .filter(|s| s != "new")
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_keep_letters_and_digits_and_join_the_rest_with_one_hyphen() {
        assert_eq!(
            slugify("Electoral Reform Society Cymru", "x"),
            "electoral-reform-society-cymru"
        );
        assert_eq!(
            slugify("  Anabledd Cymru — Ŵyl 2019!", "x"),
            "anabledd-cymru-ŵyl-2019"
        );
        assert_eq!(slugify("!!!", "event"), "event");
        assert_eq!(slugify(&"a".repeat(200), "x").len(), 80);
    }
}
