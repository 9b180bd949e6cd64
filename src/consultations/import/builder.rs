//! Writes Markdown from a document read element by element: a block at a time (heading,
//! paragraph, list item), tables row by row and cell by cell, with links and images
//! inside, text escaped so that nothing in it becomes Markdown or HTML by accident. What a
//! reader leaves out is recorded as [`Dropped`] and listed to the importer.

use std::collections::BTreeSet;

/// Something in the document that was not brought across (Fluent
/// `consult-import-dropped-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dropped {
    Footnotes,
    Comments,
    TrackedChanges,
    TextBoxes,
    EmbeddedObjects,
    Scripts,
    MergedCells,
    LinksNotToTheWeb,
    ImagesWithoutDescription,
    ImagesNotReadable,
}

impl Dropped {
    pub fn code(self) -> &'static str {
        match self {
            Dropped::Footnotes => "footnotes",
            Dropped::Comments => "comments",
            Dropped::TrackedChanges => "tracked-changes",
            Dropped::TextBoxes => "text-boxes",
            Dropped::EmbeddedObjects => "embedded-objects",
            Dropped::Scripts => "scripts",
            Dropped::MergedCells => "merged-cells",
            Dropped::LinksNotToTheWeb => "links-not-to-the-web",
            Dropped::ImagesWithoutDescription => "images-without-description",
            Dropped::ImagesNotReadable => "images-not-readable",
        }
    }
}

/// An image found in the document, to be stored with the site's files.
#[derive(Clone, Debug)]
pub struct Image {
    /// Its name inside the document (`media/image1.png`).
    pub path: String,
    pub data: Vec<u8>,
    /// Its description (alt text), or empty.
    pub alt: String,
}

/// The converted document.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// Markdown; image `n` is referenced as `coproduce-image:n` until stored.
    pub markdown: String,
    pub dropped: Vec<Dropped>,
    pub images: Vec<Image>,
}

/// The placeholder for image `n` in [`Imported::markdown`].
pub fn image_placeholder(n: usize) -> String {
    format!("coproduce-image:{n}")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading(u8),
    Item { ordered: bool, level: usize },
}

#[derive(Default)]
pub struct Builder {
    blocks: Vec<String>,
    dropped: BTreeSet<Dropped>,
    images: Vec<Image>,
    kind: Option<BlockKind>,
    text: String,
    /// Where each open link's text starts in `text`, with its address.
    links: Vec<(usize, Option<String>)>,
    table: Option<Vec<Vec<String>>>,
    /// Ordinal of each list level's next item.
    numbers: Vec<usize>,
    /// Whether the last block written is a list (the next item joins it).
    last_is_list: bool,
}

/// Escapes text so that it reads as itself in Markdown.
pub fn escape(text: &str, in_table: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' => {
                out.push('\\');
                out.push(ch);
            }
            '|' if in_table => out.push_str("\\|"),
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn drop(&mut self, what: Dropped) {
        self.dropped.insert(what);
    }

    pub fn in_table(&self) -> bool {
        self.table.is_some()
    }

    /// Starts a block (inside a table: a paragraph of the current cell).
    pub fn start(&mut self, kind: BlockKind) {
        if self.in_table() {
            if !self.text.is_empty() && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
            return;
        }
        self.finish_block();
        self.kind = Some(kind);
    }

    pub fn text(&mut self, t: &str) {
        let in_table = self.in_table();
        self.text.push_str(&escape(t, in_table));
    }

    /// Markdown written as is (a link or an image).
    fn raw(&mut self, md: &str) {
        self.text.push_str(md);
    }

    pub fn start_link(&mut self, href: Option<String>) {
        let safe = href.filter(|h| {
            let h = h.trim().to_ascii_lowercase();
            h.starts_with("https://") || h.starts_with("http://") || h.starts_with("mailto:")
        });
        self.links.push((self.text.len(), safe));
    }

    pub fn end_link(&mut self, had_href: bool) {
        let Some((start, href)) = self.links.pop() else {
            return;
        };
        match href {
            Some(href) if start < self.text.len() => {
                let label = self.text.split_off(start);
                let href = href.trim().replace(' ', "%20").replace(['(', ')'], "");
                self.raw(&format!("[{label}]({href})"));
            }
            None if had_href => self.drop(Dropped::LinksNotToTheWeb),
            _ => {}
        }
    }

    /// An image at this point; without a description it is listed to the importer.
    pub fn image(&mut self, path: &str, data: Option<Vec<u8>>, alt: &str) {
        let Some(data) = data else {
            self.drop(Dropped::ImagesNotReadable);
            return;
        };
        if alt.trim().is_empty() {
            self.drop(Dropped::ImagesWithoutDescription);
        }
        let n = self.images.len();
        self.images.push(Image {
            path: path.to_string(),
            data,
            alt: alt.trim().to_string(),
        });
        let alt = escape(alt.trim(), self.in_table());
        self.raw(&format!("![{alt}]({})", image_placeholder(n)));
    }

    /// Ends the current block.
    pub fn end(&mut self) {
        if !self.in_table() {
            self.finish_block();
        }
    }

    fn finish_block(&mut self) {
        let text = std::mem::take(&mut self.text).trim().to_string();
        let Some(kind) = self.kind.take() else {
            return;
        };
        if !matches!(kind, BlockKind::Item { .. }) {
            self.numbers.clear();
        }
        if text.is_empty() {
            return;
        }
        // A line starting like Markdown's own block markers is kept as text.
        let guarded = match text.chars().next() {
            Some('#' | '-' | '+' | '=') => format!("\\{text}"),
            Some(c) if c.is_ascii_digit() && text.contains(". ") => text.replacen(". ", "\\. ", 1),
            _ => text,
        };
        let block = match kind {
            BlockKind::Paragraph => guarded,
            BlockKind::Heading(level) => {
                format!("{} {guarded}", "#".repeat(usize::from(level.clamp(1, 6))))
            }
            BlockKind::Item { ordered, level } => {
                self.numbers.resize(level + 1, 0);
                self.numbers[level] += 1;
                let marker = if ordered {
                    format!("{}.", self.numbers[level])
                } else {
                    "-".to_string()
                };
                format!("{}{marker} {guarded}", "   ".repeat(level))
            }
        };
        // List items of one list stay together; everything else is its own block.
        let is_item = matches!(kind, BlockKind::Item { .. });
        let joins = is_item && self.last_is_list;
        self.last_is_list = is_item;
        match (joins, self.blocks.last_mut()) {
            (true, Some(last)) => {
                last.push('\n');
                last.push_str(&block);
            }
            _ => self.blocks.push(block),
        }
    }

    pub fn start_table(&mut self) {
        self.finish_block();
        self.table = Some(Vec::new());
    }

    pub fn start_row(&mut self) {
        if let Some(t) = self.table.as_mut() {
            t.push(Vec::new());
        }
    }

    pub fn start_cell(&mut self) {
        self.text.clear();
    }

    pub fn end_cell(&mut self) {
        let cell = std::mem::take(&mut self.text).trim().to_string();
        if let Some(row) = self.table.as_mut().and_then(|t| t.last_mut()) {
            row.push(cell);
        }
    }

    pub fn end_table(&mut self) {
        let Some(rows) = self.table.take() else {
            return;
        };
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        let line = |cells: &[String]| {
            let mut padded: Vec<&str> = cells.iter().map(String::as_str).collect();
            padded.resize(width, "");
            format!("| {} |", padded.join(" | "))
        };
        let mut out = vec![line(&rows[0]), format!("|{}", " --- |".repeat(width))];
        out.extend(rows[1..].iter().map(|r| line(r)));
        self.blocks.push(out.join("\n"));
        self.last_is_list = false;
    }

    pub fn finish(mut self) -> Imported {
        self.finish_block();
        if self.table.is_some() {
            self.end_table();
        }
        Imported {
            markdown: self.blocks.join("\n\n") + "\n",
            dropped: self.dropped.into_iter().collect(),
            images: self.images,
        }
    }
}
