//! A consultation document's blocks and their stable ids. A document (Markdown, as the
//! wiki writes it) is split into blocks: headings, paragraphs, list items, tables, quotes
//! and code. Comments hang on a block's id, which must survive later versions: when a new
//! version is published its blocks are matched to the previous version's — the same text
//! is the same block (unchanged, or moved if the order changed), then a block of the same
//! kind whose words are mostly the same is that block edited; anything else is new, and
//! previous blocks left over are removed (their comments stay, "on an earlier version").
//! No two blocks ever share an id.

use std::collections::HashMap;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{parse_document, Arena};

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Table,
    Quote,
    Code,
    Other,
}

/// A block of one version: its kind and its Markdown source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// Splits a document into its blocks, in order. A list is its items (each a block, nested
/// lists inside an item staying with it); a table, a quote and a code block are one each.
pub fn split(source: &str) -> Vec<Block> {
    let arena = Arena::new();
    let options = crate::wiki::markdown::options();
    let root = parse_document(&arena, source, &options);
    let lines: Vec<&str> = source.lines().collect();
    let mut blocks = Vec::new();
    for node in root.children() {
        collect(node, &lines, &mut blocks);
    }
    blocks
}

fn collect<'a>(node: &'a AstNode<'a>, lines: &[&str], blocks: &mut Vec<Block>) {
    let kind = match &node.data.borrow().value {
        NodeValue::List(_) => {
            for item in node.children() {
                collect(item, lines, blocks);
            }
            return;
        }
        NodeValue::Heading(_) => BlockKind::Heading,
        NodeValue::Paragraph => BlockKind::Paragraph,
        NodeValue::Item(_) | NodeValue::TaskItem(_) => BlockKind::ListItem,
        NodeValue::Table(_) => BlockKind::Table,
        NodeValue::BlockQuote => BlockKind::Quote,
        NodeValue::CodeBlock(_) => BlockKind::Code,
        NodeValue::ThematicBreak => return,
        _ => BlockKind::Other,
    };
    let pos = node.data.borrow().sourcepos;
    let (start, end) = (pos.start.line.max(1) - 1, pos.end.line.max(1));
    let text = lines
        .get(start..end.min(lines.len()))
        .map(|l| l.join("\n"))
        .unwrap_or_default();
    let text = text.trim().to_string();
    if !text.is_empty() {
        blocks.push(Block { kind, text });
    }
}

/// What became of a block between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Unchanged,
    Moved,
    Edited,
    New,
}

/// Words compared, without Markdown punctuation and case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How much of two blocks' words are the same, 0–1.
pub fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    let diff = similar::TextDiff::configure().diff_slices(&a, &b);
    diff.ratio()
}

/// At least this much alike, a block of the same kind is the earlier block edited.
pub const EDITED_AT_LEAST: f32 = 0.5;

/// The ids of `next`'s blocks, given the previous version's blocks with their ids, and the
/// next id not yet used (returned moved on past any new ids). See the module documentation.
pub fn match_blocks(
    previous: &[(u32, Block)],
    next: &[Block],
    next_free_id: &mut u32,
) -> Vec<(u32, Change)> {
    let mut taken = vec![false; previous.len()];
    let mut found: Vec<Option<(usize, Change)>> = vec![None; next.len()];
    // 1. The same text: the same block.
    let mut by_text: HashMap<(BlockKind, String), Vec<usize>> = HashMap::new();
    for (i, (_, block)) in previous.iter().enumerate() {
        by_text
            .entry((block.kind, normalise(&block.text)))
            .or_default()
            .push(i);
    }
    for list in by_text.values_mut() {
        list.reverse();
    }
    for (j, block) in next.iter().enumerate() {
        if let Some(i) = by_text
            .get_mut(&(block.kind, normalise(&block.text)))
            .and_then(Vec::pop)
        {
            taken[i] = true;
            found[j] = Some((i, Change::Unchanged));
        }
    }
    // 2. Mostly the same words, the same kind: the block edited (best pairs first).
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for (j, block) in next.iter().enumerate().filter(|(j, _)| found[*j].is_none()) {
        for (i, (_, old)) in previous.iter().enumerate().filter(|(i, _)| !taken[*i]) {
            if old.kind == block.kind {
                let score = similarity(&old.text, &block.text);
                if score >= EDITED_AT_LEAST {
                    pairs.push((score, i, j));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in pairs {
        if !taken[i] && found[j].is_none() {
            taken[i] = true;
            found[j] = Some((i, Change::Edited));
        }
    }
    // Matched blocks out of their earlier order have moved (those off the longest run that
    // kept its order).
    let matched: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(j, f)| f.map(|(i, _)| (j, i)))
        .collect();
    let in_order = longest_increasing(&matched.iter().map(|(_, i)| *i).collect::<Vec<_>>());
    for (k, (j, _)) in matched.iter().enumerate() {
        if !in_order[k] {
            if let Some((_, change @ Change::Unchanged)) = found[*j].as_mut() {
                *change = Change::Moved;
            }
        }
    }
    found
        .into_iter()
        .map(|f| match f {
            Some((i, change)) => (previous[i].0, change),
            None => {
                let id = *next_free_id;
                *next_free_id += 1;
                (id, Change::New)
            }
        })
        .collect()
}

/// A block's text for comparing: spaces collapsed.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which items of `values` are on one longest strictly increasing run (patience sorting).
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // index into values of the smallest tail per length
    let mut parent: Vec<Option<usize>> = vec![None; values.len()];
    for (k, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < v);
        if at > 0 {
            parent[k] = Some(tails[at - 1]);
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut on = vec![false; values.len()];
    let mut cursor = tails.last().copied();
    while let Some(k) = cursor {
        on[k] = true;
        cursor = parent[k];
    }
    on
}

/// The first words of a part, without its Markdown markers, to name it in a list.
pub fn opening_words(text: &str) -> String {
    text.trim_start_matches(['#', ' ', '-', '*'])
        .chars()
        .take(60)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_splits_into_blocks() {
        let doc = "# Why\n\nPeople furthest from decisions.\n\n- first\n- second\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n";
        let blocks = split(doc);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Table,
                BlockKind::Quote
            ]
        );
        assert_eq!(blocks[2].text, "- first");
    }

    #[test]
    fn ids_follow_blocks_that_stay_move_or_change() {
        let first = split("# Why\n\nOne two three four five.\n\nSix seven eight nine ten.\n\nGone paragraph here.\n");
        let mut free = 0;
        let ids = match_blocks(&[], &first, &mut free);
        let previous: Vec<(u32, Block)> =
            ids.iter().map(|(id, _)| *id).zip(first.clone()).collect();
        let second = split("Six seven eight nine ten.\n\n# Why\n\nOne two three four five six.\n\nA brand new paragraph.\n");
        let matched = match_blocks(&previous, &second, &mut free);
        // The paragraph went before the heading: it moved, the rest kept their order.
        assert_eq!(matched[0], (2, Change::Moved));
        assert_eq!(matched[1], (0, Change::Unchanged));
        assert_eq!(matched[2], (1, Change::Edited));
        assert_eq!(matched[3], (4, Change::New));
        assert_eq!(free, 5);
    }

    /// A small deterministic generator (no extra crate): xorshift.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    const WORDS: [&str; 12] = [
        "people",
        "furthest",
        "from",
        "decision",
        "making",
        "open",
        "government",
        "goals",
        "equality",
        "network",
        "nation",
        "voices",
    ];

    fn paragraph(rng: &mut Rng, unique: usize) -> String {
        let mut words: Vec<String> = (0..12)
            .map(|_| WORDS[rng.next(WORDS.len())].to_string())
            .collect();
        words.push(format!("p{unique}"));
        words.join(" ")
    }

    /// Property: over random edits, inserts, deletions and moves, every block that stays or
    /// is lightly edited keeps its id, and no two blocks share one.
    #[test]
    fn ids_survive_random_edits_and_are_never_shared() {
        for seed in 1..300u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut unique = 0;
            let mut doc: Vec<(Option<u32>, String)> = (0..8)
                .map(|_| {
                    unique += 1;
                    (None, paragraph(&mut rng, unique))
                })
                .collect();
            let mut free = 0;
            let mut previous: Vec<(u32, Block)> = Vec::new();
            for _version in 0..5 {
                let blocks: Vec<Block> = doc
                    .iter()
                    .map(|(_, t)| Block {
                        kind: BlockKind::Paragraph,
                        text: t.clone(),
                    })
                    .collect();
                let ids = match_blocks(&previous, &blocks, &mut free);
                let mut seen = std::collections::HashSet::new();
                for ((expected, _), (id, _)) in doc.iter().zip(&ids) {
                    assert!(seen.insert(*id), "seed {seed}: id {id} given twice");
                    if let Some(expected) = expected {
                        assert_eq!(expected, id, "seed {seed}: a kept block lost its id");
                    }
                }
                previous = ids.iter().map(|(id, _)| *id).zip(blocks).collect();
                for (slot, (id, _)) in doc.iter_mut().zip(&ids) {
                    slot.0 = Some(*id);
                }
                // The next version: one of each change, at random places.
                let at = rng.next(doc.len());
                let text = &mut doc[at].1;
                let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
                let w = rng.next(words.len() - 1);
                words[w] = "changed".into();
                *text = words.join(" ");
                if doc.len() > 3 {
                    doc.remove(rng.next(doc.len()));
                }
                unique += 1;
                let fresh = paragraph(&mut rng, unique);
                doc.insert(rng.next(doc.len() + 1), (None, fresh));
                let from = rng.next(doc.len());
                let moved = doc.remove(from);
                doc.insert(rng.next(doc.len() + 1), moved);
            }
        }
    }
}
