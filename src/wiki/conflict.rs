//! The conflict page's rules, so that resolving a conflict never silently throws away
//! someone else's work.
//!
//! When two edits change the same lines, the editor is offered the merge of both with each
//! overlap marked (`<<<<<<<` the version saved meanwhile, `=======`, `>>>>>>>` theirs),
//! everything else already combined. Saving from the conflict page is refused while
//! markers remain, and a save that would remove lines the other person added is held back,
//! naming those lines, until the editor confirms it.

use std::collections::HashMap;

use crate::i18n::Lang;

/// The start and end of a marked overlap (the line's beginning).
const OPEN: &str = "<<<<<<<";
const CLOSE: &str = ">>>>>>>";

/// `annotated` (a diff3 merge of the saved-meanwhile version as "ours" and the editor's as
/// "theirs") with its markers labelled in `lang`.
pub fn label_markers(annotated: &str, lang: Lang) -> String {
    let saved = lang.t("wiki-conflict-marker-saved");
    let yours = lang.t("wiki-conflict-marker-yours");
    let mut out = String::with_capacity(annotated.len() + 64);
    for line in annotated.split_inclusive('\n') {
        let (content, ending) = match line.strip_suffix('\n') {
            Some(content) => (content, "\n"),
            None => (line, ""),
        };
        match content {
            "<<<<<<< ours" => out.push_str(&format!("{OPEN} {saved}{ending}")),
            ">>>>>>> theirs" => out.push_str(&format!("{CLOSE} {yours}{ending}")),
            _ => out.push_str(line),
        }
    }
    out
}

/// Whether `text` still holds a marked overlap.
pub fn has_markers(text: &str) -> bool {
    text.lines()
        .any(|line| line.starts_with(OPEN) || line.starts_with(CLOSE))
}

/// The words of `text`, lower-cased, without surrounding punctuation.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// The lines someone else added between `base` (where the editor started) and `head` (the
/// version saved meanwhile) that `text` no longer has, in the order they appear in
/// `head`. A line counts as kept when it is there as it was, or when every one of its
/// words still is (so "their version" folded into "their version and mine" is kept).
/// Blank lines are not counted.
pub fn dropped_lines(base: &str, head: &str, text: &str) -> Vec<String> {
    let kept_words: std::collections::HashSet<String> = words(text).collect();
    let count = |s: &str| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for line in s
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
        {
            *counts.entry(line.to_string()).or_default() += 1;
        }
        counts
    };
    let (in_base, in_text) = (count(base), count(text));
    let mut in_head = count(head);
    let mut dropped = Vec::new();
    for line in head.lines().map(str::trim_end) {
        let Some(copies) = in_head.get_mut(line) else {
            continue;
        };
        let added = copies.saturating_sub(*in_base.get(line).unwrap_or(&0));
        if added > 0
            && *in_text.get(line).unwrap_or(&0) < added
            && !words(line).all(|w| kept_words.contains(&w))
        {
            dropped.push(line.to_string());
        }
        // Each distinct line is judged once.
        *copies = 0;
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_labelled_and_found() {
        let annotated = "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nb\n";
        let labelled = label_markers(annotated, Lang::En);
        assert!(labelled.contains("<<<<<<< "), "{labelled}");
        assert!(!labelled.contains("ours"), "{labelled}");
        assert!(has_markers(&labelled));
        assert!(!has_markers("a\n=======\nheading underline is fine\n"));
    }

    #[test]
    fn only_the_other_sides_additions_count_as_dropped() {
        let base = "Intro\nOld line\nEnd\n";
        let head = "Intro\nTheir new line\nOld line\nEnd\n";
        assert_eq!(
            dropped_lines(base, head, "Intro\nMy line\nEnd\n"),
            ["Their new line"]
        );
        assert!(dropped_lines(base, head, "Intro\nTheir new line\nMine\nEnd\n").is_empty());
        // Removing a line that was there before both edits is not "their change".
        assert!(dropped_lines(base, head, "Intro\nTheir new line\nEnd\n").is_empty());
        // Their words folded into a combined line are kept.
        assert!(dropped_lines(base, head, "Intro\nTheir new line, and mine\nEnd\n").is_empty());
        assert_eq!(
            dropped_lines(base, head, "Intro\nTheir line\nEnd\n"),
            ["Their new line"]
        );
    }
}
