//! Sections of a page's Markdown: the top-level headings split a page into the sections
//! that "edit this section" opens and saves back.

use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena};

use super::markdown::options;

/// Top-level sections of `source` as byte ranges: section 0 is the text before the first
/// heading; section N starts at the N-th top-level heading.
pub fn sections(source: &str) -> Vec<std::ops::Range<usize>> {
    let arena = Arena::new();
    let options = options();
    let root = parse_document(&arena, source, &options);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut starts = vec![0];
    for node in root.children() {
        let data = node.data.borrow();
        if matches!(data.value, NodeValue::Heading(_)) {
            let line = data.sourcepos.start.line;
            if let Some(&offset) = line.checked_sub(1).and_then(|l| line_starts.get(l)) {
                starts.push(offset);
            }
        }
    }
    let mut ranges = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(source.len());
        ranges.push(start..end);
    }
    ranges
}

/// The text of section `n`, if it exists.
pub fn section_text(source: &str, n: usize) -> Option<&str> {
    sections(source).get(n).map(|r| &source[r.clone()])
}

/// `source` with section `n` replaced by `replacement`. The blank lines that separated
/// the section from the next one are kept, so the next heading still starts a block.
pub fn replace_section(source: &str, n: usize, replacement: &str) -> Option<String> {
    let range = sections(source).get(n)?.clone();
    let original = &source[range.clone()];
    let text = if range.end < source.len() {
        let trailing = &original[original.trim_end().len()..];
        let trailing = if trailing.contains('\n') {
            trailing
        } else {
            "\n\n"
        };
        format!("{}{trailing}", replacement.trim_end())
    } else {
        replacement.to_string()
    };
    Some(format!(
        "{}{}{}",
        &source[..range.start],
        text,
        &source[range.end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_split_at_top_level_headings_only() {
        let source = "lead\n\n# One\n\nbody\n\n> # quoted\n\n## Two\ntext\n";
        assert_eq!(section_text(source, 0), Some("lead\n\n"));
        assert_eq!(
            section_text(source, 1),
            Some("# One\n\nbody\n\n> # quoted\n\n")
        );
        assert_eq!(section_text(source, 2), Some("## Two\ntext\n"));
        assert_eq!(section_text(source, 3), None);
        let replaced = replace_section(source, 1, "# Uno\n\ncorff").unwrap();
        assert_eq!(replaced, "lead\n\n# Uno\n\ncorff\n\n## Two\ntext\n");
        // A heading inside a fenced code block is not a section.
        assert_eq!(sections("```\n# not a heading\n```\n").len(), 1);
    }
}
