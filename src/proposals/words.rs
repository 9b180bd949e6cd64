//! Counting words as funders do: whitespace-separated tokens that contain a letter or a
//! digit, so Markdown marks (`-`, `#`, `|`) are not words. `static/js/word-count.js`
//! counts the same way as people type; the server's count at save is the one that holds.

/// The number of words in `text`.
pub fn count_words(text: &str) -> i64 {
    let n = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// How many words `text` is over `limit` (0 for no limit), if it is over.
pub fn words_over(text: &str, limit: i64) -> Option<i64> {
    let words = count_words(text);
    (limit > 0 && words > limit).then_some(words - limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_marks_are_not_words() {
        assert_eq!(
            count_words("# Our aims\n\n- Reach people — furthest from *decision* making"),
            8
        );
        assert_eq!(count_words("  "), 0);
        assert_eq!(count_words("Cymru’n 2019 | a"), 3);
        assert_eq!(words_over("one two three", 2), Some(1));
        assert_eq!(words_over("one two three", 0), None);
        assert_eq!(words_over("one two", 2), None);
    }
}
