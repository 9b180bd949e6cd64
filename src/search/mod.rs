//! Full-text search, one way for every domain: each domain indexes its public text into its
//! own table (SQLite FTS5 with `unicode61 remove_diacritics 2`, or PostgreSQL `tsvector`
//! through the `coproduce_search` configuration with `unaccent`), and every query is built
//! here by [`match_query`] with the same rules: at most [`MAX_WORDS`] words, every word
//! must match and the last may be the start of a word, each quoted so nothing a person
//! types is read as an operator. [`fold`] lower-cases and drops Welsh and other accents
//! for comparing a title with a query.

use crate::storage::Backend;

/// Words of a query used; the rest are ignored.
pub const MAX_WORDS: usize = 12;

/// The words of a query, without operators or punctuation (an apostrophe inside a word,
/// as in "women's", stays).
pub fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect()
}

/// `query` as the backend's match expression (`MATCH $1` on SQLite, `to_tsquery(
/// 'coproduce_search', $1)` on PostgreSQL); `None` when it has no words.
pub fn match_query(backend: Backend, query: &str) -> Option<String> {
    let words = words(query);
    let last = words.len().checked_sub(1)?;
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let prefix = i == last;
            match backend {
                Backend::Sqlite => {
                    let quoted = format!("\"{}\"", w.replace('"', ""));
                    if prefix {
                        format!("{quoted}*")
                    } else {
                        quoted
                    }
                }
                Backend::Postgres => {
                    let quoted = format!("'{}'", w.replace('\'', "''").replace('\\', ""));
                    if prefix {
                        format!("{quoted}:*")
                    } else {
                        quoted
                    }
                }
            }
        })
        .collect();
    Some(match backend {
        Backend::Sqlite => parts.join(" "),
        Backend::Postgres => parts.join(" & "),
    })
}

/// Lower case without accents, for comparing titles with queries.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'â' | 'à' | 'á' | 'ä' => 'a',
            'ê' | 'è' | 'é' | 'ë' => 'e',
            'î' | 'ì' | 'í' | 'ï' => 'i',
            'ô' | 'ò' | 'ó' | 'ö' => 'o',
            'û' | 'ù' | 'ú' | 'ü' => 'u',
            'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => 'w',
            'ŷ' | 'ỳ' | 'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_every_word_and_let_the_last_be_a_prefix() {
        assert_eq!(
            match_query(Backend::Sqlite, "Deaf  Cymru").as_deref(),
            Some("\"deaf\" \"cymru\"*")
        );
        assert_eq!(
            match_query(Backend::Postgres, "women's rights").as_deref(),
            Some("'women''s' & 'rights':*")
        );
        // Operators and quotes people type are only words, or nothing.
        assert_eq!(
            match_query(Backend::Sqlite, "a OR \"b\" -c NEAR(d)").as_deref(),
            Some("\"a\" \"or\" \"b\" \"c\" \"near\" \"d\"*")
        );
        assert_eq!(match_query(Backend::Postgres, " !&| "), None);
        let many = "w ".repeat(40);
        assert_eq!(words(&many).len(), MAX_WORDS);
        assert_eq!(fold("Ŵyl Gymraeg"), "wyl gymraeg");
    }
}
