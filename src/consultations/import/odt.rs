//! OpenDocument text (`.odt`): `content.xml` read in order: headings by outline level,
//! paragraphs, lists (numbered or bulleted by their list style), tables, links and framed
//! images with their titles or descriptions. Notes, annotations, tracked changes, text
//! boxes and embedded objects are left out and listed; scripts and macros are never read.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::builder::{BlockKind, Builder, Dropped, Imported};
use super::xml::{attr, attr_exact, local, text_of};
use super::zipped::Archive;
use super::ImportError;

/// A list style's name → numbered?
fn list_styles(xml: &str) -> HashMap<String, bool> {
    let mut map = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match local(&e).as_str() {
                "list-style" => current = attr(&e, "name"),
                "list-level-style-number" | "list-level-style-bullet" => {
                    if let Some(name) = current.take() {
                        map.insert(name, local(&e) == "list-level-style-number");
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    map
}

pub fn convert(archive: &Archive<'_>) -> Result<Imported, ImportError> {
    let content = archive
        .read_text("content.xml")?
        .ok_or(ImportError::NotADocument)?;
    let mut ordered_by_style = list_styles(&archive.read_text("styles.xml")?.unwrap_or_default());
    ordered_by_style.extend(list_styles(&content));
    let mut b = Builder::new();
    if archive
        .names()
        .iter()
        .any(|n| n.starts_with("Basic/") || n.starts_with("Scripts/"))
    {
        b.drop(Dropped::Scripts);
    }
    let mut reader = Reader::from_str(&content);
    let mut skipping = 0usize;
    // The lists we are in: numbered?
    let mut lists: Vec<bool> = Vec::new();
    let mut in_block = 0usize;
    let mut table_depth = 0usize;
    let mut links: Vec<bool> = Vec::new();
    // A frame being read: (image path, alt text, reading alt text now?)
    let mut frame: Option<(Option<String>, String, bool)> = None;
    loop {
        let event = reader.read_event().map_err(|_| ImportError::NotADocument)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                if skipping > 0 {
                    if !empty {
                        skipping += 1;
                    }
                    continue;
                }
                let name = local(e);
                let mut skip = |what: Dropped, b: &mut Builder| {
                    b.drop(what);
                    if !empty {
                        skipping = 1;
                    }
                };
                match name.as_str() {
                    "scripts" | "script" | "event-listeners" => skip(Dropped::Scripts, &mut b),
                    "note" => skip(Dropped::Footnotes, &mut b),
                    "annotation" => skip(Dropped::Comments, &mut b),
                    "tracked-changes" => skip(Dropped::TrackedChanges, &mut b),
                    "text-box" => skip(Dropped::TextBoxes, &mut b),
                    "object" | "object-ole" | "applet" | "plugin" => {
                        skip(Dropped::EmbeddedObjects, &mut b)
                    }
                    "h" if !empty => {
                        in_block += 1;
                        let level = attr(e, "outline-level")
                            .and_then(|l| l.parse::<u8>().ok())
                            .unwrap_or(1);
                        b.start(BlockKind::Heading(level.clamp(1, 6)));
                    }
                    "p" if !empty => {
                        in_block += 1;
                        let kind = match lists.last() {
                            Some(ordered) => BlockKind::Item {
                                ordered: *ordered,
                                level: lists.len().saturating_sub(1).min(5),
                            },
                            None => BlockKind::Paragraph,
                        };
                        b.start(kind);
                    }
                    "list" if !empty => {
                        let ordered = attr(e, "style-name")
                            .and_then(|s| ordered_by_style.get(&s).copied())
                            .or(lists.last().copied())
                            .unwrap_or(false);
                        lists.push(ordered);
                    }
                    "s" => {
                        let n: usize = attr(e, "c")
                            .and_then(|c| c.parse().ok())
                            .unwrap_or(1)
                            .min(20);
                        b.text(&" ".repeat(n));
                    }
                    "tab" | "line-break" => b.text(" "),
                    "a" if !empty => {
                        let href = attr_exact(e, "xlink:href").or_else(|| attr(e, "href"));
                        links.push(href.is_some());
                        b.start_link(href);
                    }
                    "table" if !empty => {
                        table_depth += 1;
                        if table_depth == 1 {
                            b.start_table();
                        }
                    }
                    "table-row" if !empty && table_depth == 1 => b.start_row(),
                    "table-cell" if table_depth == 1 => {
                        b.start_cell();
                        if empty {
                            b.end_cell();
                        }
                    }
                    "covered-table-cell" if table_depth == 1 => {
                        b.drop(Dropped::MergedCells);
                        b.start_cell();
                        if empty {
                            b.end_cell();
                        }
                    }
                    "frame" if !empty => frame = Some((None, String::new(), false)),
                    "image" => {
                        if let Some(f) = frame.as_mut() {
                            f.0 = attr_exact(e, "xlink:href").or_else(|| attr(e, "href"));
                        }
                    }
                    "title" | "desc" if !empty => {
                        if let Some(f) = frame.as_mut() {
                            f.2 = f.1.is_empty();
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"h" | b"p" => {
                        in_block = in_block.saturating_sub(1);
                        b.end();
                    }
                    b"list" => {
                        lists.pop();
                    }
                    b"a" => {
                        let had = links.pop().unwrap_or(false);
                        b.end_link(had);
                    }
                    b"table-cell" | b"covered-table-cell" if table_depth == 1 => b.end_cell(),
                    b"table" => {
                        if table_depth == 1 {
                            b.end_table();
                        }
                        table_depth = table_depth.saturating_sub(1);
                    }
                    b"title" | b"desc" => {
                        if let Some(f) = frame.as_mut() {
                            f.2 = false;
                        }
                    }
                    b"frame" => {
                        if let Some((href, alt, _)) = frame.take() {
                            match href.filter(|h| !h.contains("://")) {
                                Some(path) => {
                                    let path = path.trim_start_matches("./").to_string();
                                    let data = archive.read(&path)?;
                                    b.image(&path, data, &alt);
                                }
                                None => b.drop(Dropped::ImagesNotReadable),
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            other => {
                let Some(text) = text_of(other) else { continue };
                if skipping > 0 {
                    continue;
                }
                match frame.as_mut() {
                    Some(f) if f.2 => f.1.push_str(&text),
                    _ if in_block > 0 => b.text(&text),
                    _ => {}
                }
            }
        }
    }
    Ok(b.finish())
}
