//! Differences between two revisions, word by word, for the diff page: an inline view (one
//! column, insertions and deletions marked) and a side-by-side view (old | new), both
//! built from the same line-level diff refined to words.

use similar::{ChangeTag, TextDiff};

/// A run of text within a line: unchanged, inserted or deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Inserted(String),
    Deleted(String),
}

/// One row of the diff table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// An unchanged line (old line number, new line number, text).
    Context {
        old: usize,
        new: usize,
        text: String,
    },
    /// A changed line pair; either side may be missing (pure insertion or deletion).
    Changed {
        old: Option<(usize, Vec<Piece>)>,
        new: Option<(usize, Vec<Piece>)>,
    },
    /// Unchanged lines left out between changes.
    Skipped(usize),
}

/// Rows for `old` → `new`, keeping `context` unchanged lines around each change.
pub fn rows(old: &str, new: &str, context: usize) -> Vec<Row> {
    let diff = TextDiff::from_lines(old, new);
    let mut rows = Vec::new();
    for (group_index, group) in diff.grouped_ops(context).iter().enumerate() {
        if group_index > 0 {
            rows.push(Row::Skipped(0));
        }
        for op in group {
            let (tag, old_range, new_range) = op.as_tag_tuple();
            match tag {
                similar::DiffTag::Equal => {
                    for (i, j) in old_range.clone().zip(new_range.clone()) {
                        rows.push(Row::Context {
                            old: i + 1,
                            new: j + 1,
                            text: trim_newline(diff.old_slices()[i]).to_string(),
                        });
                    }
                }
                _ => {
                    let olds: Vec<usize> = old_range.clone().collect();
                    let news: Vec<usize> = new_range.clone().collect();
                    let n = olds.len().max(news.len());
                    for k in 0..n {
                        let o = olds
                            .get(k)
                            .map(|&i| (i, trim_newline(diff.old_slices()[i])));
                        let w = news
                            .get(k)
                            .map(|&j| (j, trim_newline(diff.new_slices()[j])));
                        rows.push(changed_row(o, w));
                    }
                }
            }
        }
    }
    let total_old = diff.old_slices().len();
    fill_skipped_counts(&mut rows, total_old);
    rows
}

fn changed_row(old: Option<(usize, &str)>, new: Option<(usize, &str)>) -> Row {
    match (old, new) {
        (Some((i, a)), Some((j, b))) => {
            let words = TextDiff::from_words(a, b);
            let mut left = Vec::new();
            let mut right = Vec::new();
            for change in words.iter_all_changes() {
                let text = change.value().to_string();
                match change.tag() {
                    ChangeTag::Equal => {
                        left.push(Piece::Same(text.clone()));
                        right.push(Piece::Same(text));
                    }
                    ChangeTag::Delete => left.push(Piece::Deleted(text)),
                    ChangeTag::Insert => right.push(Piece::Inserted(text)),
                }
            }
            Row::Changed {
                old: Some((i + 1, merge_pieces(left))),
                new: Some((j + 1, merge_pieces(right))),
            }
        }
        (Some((i, a)), None) => Row::Changed {
            old: Some((i + 1, vec![Piece::Deleted(a.to_string())])),
            new: None,
        },
        (None, Some((j, b))) => Row::Changed {
            old: None,
            new: Some((j + 1, vec![Piece::Inserted(b.to_string())])),
        },
        (None, None) => Row::Skipped(0),
    }
}

/// Joins neighbouring pieces of the same kind.
fn merge_pieces(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for piece in pieces {
        match (out.last_mut(), piece) {
            (Some(Piece::Same(a)), Piece::Same(b)) => a.push_str(&b),
            (Some(Piece::Inserted(a)), Piece::Inserted(b)) => a.push_str(&b),
            (Some(Piece::Deleted(a)), Piece::Deleted(b)) => a.push_str(&b),
            (_, piece) => out.push(piece),
        }
    }
    out
}

/// Sets each `Skipped` row's count from the line numbers around it.
fn fill_skipped_counts(rows: &mut [Row], _total_old: usize) {
    let mut last_old = 0;
    let mut pending: Option<usize> = None;
    for index in 0..rows.len() {
        match &rows[index] {
            Row::Skipped(_) => pending = Some(index),
            Row::Context { old, .. }
            | Row::Changed {
                old: Some((old, _)),
                ..
            } => {
                let old = *old;
                if let Some(p) = pending.take() {
                    rows[p] = Row::Skipped(old.saturating_sub(last_old + 1));
                }
                last_old = old;
            }
            Row::Changed { old: None, .. } => {}
        }
    }
}

fn trim_newline(line: &str) -> &str {
    line.strip_suffix('\n')
        .map_or(line, |l| l.strip_suffix('\r').unwrap_or(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_level_changes_are_marked() {
        let rows = rows(
            "The open conversation is in February.\nSame\n",
            "The open conversation is on 27 February.\nSame\n",
            3,
        );
        let Row::Changed {
            old: Some((1, old)),
            new: Some((1, new)),
        } = &rows[0]
        else {
            panic!("{rows:?}");
        };
        assert!(old.contains(&Piece::Deleted("in".into())), "{old:?}");
        assert!(
            new.iter()
                .any(|p| matches!(p, Piece::Inserted(t) if t.contains("27"))),
            "{new:?}"
        );
        assert!(matches!(rows[1], Row::Context { old: 2, new: 2, .. }));
    }

    #[test]
    fn distant_changes_are_grouped_with_a_skip() {
        let old: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        let new = old
            .replace("line 2\n", "line two\n")
            .replace("line 19\n", "line nineteen\n");
        let rows = rows(&old, &new, 1);
        let skipped: Vec<usize> = rows
            .iter()
            .filter_map(|r| {
                if let Row::Skipped(n) = r {
                    Some(*n)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(skipped, vec![14]);
    }
}
