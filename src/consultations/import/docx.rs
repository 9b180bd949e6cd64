//! Word documents (`.docx`, Office Open XML): `word/document.xml` read in order, with the
//! paragraph styles of `word/styles.xml` (headings by name or outline level, list styles),
//! list kinds from `word/numbering.xml`, and link and image targets from the document's
//! relationships. Footnotes, comments, text boxes and embedded objects are left out and
//! listed; tracked insertions are kept and deletions are not (as if accepted).

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::builder::{BlockKind, Builder, Dropped, Imported};
use super::xml::{attr, local, text_of};
use super::zipped::Archive;
use super::ImportError;

/// What a paragraph style makes of a paragraph.
#[derive(Clone, Copy, Debug, Default)]
struct StyleInfo {
    heading: Option<u8>,
    list: Option<bool>,
}

/// styleId → what it means.
fn styles(xml: &str) -> HashMap<String, StyleInfo> {
    let mut map = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<(String, StyleInfo)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match local(&e).as_str() {
                "style" => current = attr(&e, "styleId").map(|id| (id, StyleInfo::default())),
                "name" => {
                    if let (Some((_, info)), Some(name)) = (current.as_mut(), attr(&e, "val")) {
                        let name = name.to_ascii_lowercase();
                        if name == "title" {
                            info.heading = Some(1);
                        } else if let Some(n) = name
                            .strip_prefix("heading ")
                            .and_then(|n| n.trim().parse::<u8>().ok())
                        {
                            info.heading = Some(n.clamp(1, 6));
                        } else if name.starts_with("list number") {
                            info.list = Some(true);
                        } else if name.starts_with("list bullet") || name == "list paragraph" {
                            info.list = Some(false);
                        }
                    }
                }
                "outlineLvl" => {
                    if let (Some((_, info)), Some(n)) = (
                        current.as_mut(),
                        attr(&e, "val").and_then(|v| v.parse::<u8>().ok()),
                    ) {
                        if n < 6 && info.heading.is_none() {
                            info.heading = Some(n + 1);
                        }
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => {
                if let Some((id, info)) = current.take() {
                    map.insert(id, info);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    map
}

/// (numId, level) → ordered?
fn numbering(xml: &str) -> HashMap<(String, String), bool> {
    let mut abstract_formats: HashMap<(String, String), bool> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let (mut abs, mut lvl, mut num) = (None::<String>, None::<String>, None::<String>);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match local(&e).as_str() {
                "abstractNum" => abs = attr(&e, "abstractNumId"),
                "lvl" => lvl = attr(&e, "ilvl"),
                "numFmt" => {
                    if let (Some(a), Some(l), Some(fmt)) = (&abs, &lvl, attr(&e, "val")) {
                        abstract_formats
                            .insert((a.clone(), l.clone()), fmt != "bullet" && fmt != "none");
                    }
                }
                "num" => num = attr(&e, "numId"),
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num, attr(&e, "val")) {
                        nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    let mut map = HashMap::new();
    for (num, abs) in nums {
        for ((a, level), ordered) in &abstract_formats {
            if *a == abs {
                map.insert((num.clone(), level.clone()), *ordered);
            }
        }
    }
    map
}

/// Relationship id → (target, external?).
fn relationships(xml: &str) -> HashMap<String, (String, bool)> {
    let mut map = HashMap::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if local(&e) == "Relationship" => {
                if let (Some(id), Some(target)) = (attr(&e, "Id"), attr(&e, "Target")) {
                    let external = attr(&e, "TargetMode").is_some_and(|m| m == "External");
                    map.insert(id, (target, external));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    map
}

/// What a style means from its id alone, when `styles.xml` does not say (Word's own ids
/// are `Heading1`…, `Title`, `ListBullet`, `ListNumber`).
fn style_by_id(id: &str) -> StyleInfo {
    let id = id.to_ascii_lowercase();
    let heading = if id == "title" {
        Some(1)
    } else {
        id.strip_prefix("heading")
            .and_then(|n| n.parse::<u8>().ok())
            .map(|n| n.clamp(1, 6))
    };
    let list = if id.starts_with("listnumber") {
        Some(true)
    } else if id.starts_with("listbullet") || id == "listparagraph" {
        Some(false)
    } else {
        None
    };
    StyleInfo { heading, list }
}

/// A paragraph being read: its properties arrive before its text.
#[derive(Default)]
struct Para {
    style: Option<String>,
    num_id: Option<String>,
    level: Option<String>,
    outline: Option<u8>,
    started: bool,
}

pub fn convert(archive: &Archive<'_>) -> Result<Imported, ImportError> {
    let document = archive
        .read_text("word/document.xml")?
        .ok_or(ImportError::NotADocument)?;
    let styles = styles(&archive.read_text("word/styles.xml")?.unwrap_or_default());
    let numbering = numbering(&archive.read_text("word/numbering.xml")?.unwrap_or_default());
    let rels = relationships(
        &archive
            .read_text("word/_rels/document.xml.rels")?
            .unwrap_or_default(),
    );
    if archive
        .names()
        .iter()
        .any(|n| n.starts_with("word/vbaProject"))
    {
        // Macros are never run or kept.
        return convert_body(&document, &styles, &numbering, &rels, archive, true);
    }
    convert_body(&document, &styles, &numbering, &rels, archive, false)
}

fn start_para(
    b: &mut Builder,
    p: &mut Para,
    styles: &HashMap<String, StyleInfo>,
    numbering: &HashMap<(String, String), bool>,
) {
    if p.started {
        return;
    }
    p.started = true;
    let info = p
        .style
        .as_ref()
        .map(|s| styles.get(s).copied().unwrap_or_else(|| style_by_id(s)))
        .unwrap_or_default();
    let level_text = p.level.clone().unwrap_or_else(|| "0".to_string());
    let level: usize = level_text.parse().unwrap_or(0).min(5);
    let kind = if let Some(h) = info.heading.or(p.outline) {
        BlockKind::Heading(h)
    } else if let Some(num) = p.num_id.as_ref().filter(|n| n.as_str() != "0") {
        let ordered = numbering
            .get(&(num.clone(), level_text))
            .copied()
            .or(info.list)
            .unwrap_or(false);
        BlockKind::Item { ordered, level }
    } else if let Some(ordered) = info.list {
        BlockKind::Item { ordered, level }
    } else {
        BlockKind::Paragraph
    };
    b.start(kind);
}

fn convert_body(
    xml: &str,
    styles: &HashMap<String, StyleInfo>,
    numbering: &HashMap<(String, String), bool>,
    rels: &HashMap<String, (String, bool)>,
    archive: &Archive<'_>,
    had_macros: bool,
) -> Result<Imported, ImportError> {
    let mut b = Builder::new();
    if had_macros {
        b.drop(Dropped::Scripts);
    }
    let mut reader = Reader::from_str(xml);
    let mut para = Para::default();
    let mut in_text = false;
    // Inside something whose text is left out (deleted text, text boxes, objects): depth.
    let mut skipping = 0usize;
    let mut table_depth = 0usize;
    let mut links: Vec<bool> = Vec::new();
    let mut drawing: Option<(Option<String>, String)> = None;
    loop {
        let event = reader.read_event().map_err(|_| ImportError::NotADocument)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = local(e);
                let empty = matches!(event, Event::Empty(_));
                if skipping > 0 {
                    if !empty {
                        skipping += 1;
                    }
                    continue;
                }
                match name.as_str() {
                    "p" if !empty => para = Para::default(),
                    "pStyle" => para.style = attr(e, "val"),
                    "ilvl" => para.level = attr(e, "val"),
                    "numId" => para.num_id = attr(e, "val"),
                    "outlineLvl" => {
                        para.outline = attr(e, "val")
                            .and_then(|v| v.parse::<u8>().ok())
                            .filter(|n| *n < 6)
                            .map(|n| n + 1)
                    }
                    "r" | "hyperlink" | "drawing" => {
                        start_para(&mut b, &mut para, styles, numbering)
                    }
                    "t" if !empty => in_text = true,
                    "tab" | "br" | "cr" => {
                        start_para(&mut b, &mut para, styles, numbering);
                        b.text(" ");
                    }
                    _ => {}
                }
                match name.as_str() {
                    "hyperlink" if !empty => {
                        let target = attr(e, "id")
                            .and_then(|id| rels.get(&id))
                            .map(|(t, _)| t.clone());
                        links.push(target.is_some() || attr(e, "anchor").is_some());
                        b.start_link(target);
                    }
                    "tbl" if !empty => {
                        table_depth += 1;
                        if table_depth == 1 {
                            b.start_table();
                        }
                    }
                    "tr" if !empty && table_depth == 1 => b.start_row(),
                    "tc" if !empty && table_depth == 1 => b.start_cell(),
                    "gridSpan" | "vMerge" => b.drop(Dropped::MergedCells),
                    "footnoteReference" | "endnoteReference" => b.drop(Dropped::Footnotes),
                    "commentReference" | "commentRangeStart" => b.drop(Dropped::Comments),
                    "ins" | "moveTo" => b.drop(Dropped::TrackedChanges),
                    "del" | "moveFrom" if !empty => {
                        b.drop(Dropped::TrackedChanges);
                        skipping = 1;
                    }
                    "txbxContent" if !empty => {
                        b.drop(Dropped::TextBoxes);
                        skipping = 1;
                    }
                    "object" | "pict" | "control" if !empty => {
                        b.drop(Dropped::EmbeddedObjects);
                        skipping = 1;
                    }
                    "drawing" if !empty => drawing = Some((None, String::new())),
                    "docPr" => {
                        if let Some(d) = drawing.as_mut() {
                            d.1 = attr(e, "descr")
                                .filter(|s| !s.trim().is_empty())
                                .or_else(|| attr(e, "title"))
                                .unwrap_or_default();
                        }
                    }
                    "blip" => {
                        if let Some(d) = drawing.as_mut() {
                            d.0 = attr(e, "embed")
                                .and_then(|id| rels.get(&id))
                                .map(|(t, _)| t.clone());
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
                    b"t" => in_text = false,
                    b"pPr" => start_para(&mut b, &mut para, styles, numbering),
                    b"p" => {
                        start_para(&mut b, &mut para, styles, numbering);
                        b.end();
                    }
                    b"hyperlink" => {
                        let had = links.pop().unwrap_or(false);
                        b.end_link(had);
                    }
                    b"tc" if table_depth == 1 => b.end_cell(),
                    b"tbl" => {
                        if table_depth == 1 {
                            b.end_table();
                        }
                        table_depth = table_depth.saturating_sub(1);
                    }
                    b"drawing" => {
                        if let Some((target, alt)) = drawing.take() {
                            match target {
                                Some(t) => {
                                    let path = format!(
                                        "word/{}",
                                        t.trim_start_matches('/').trim_start_matches("word/")
                                    );
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
                if in_text && skipping == 0 {
                    if let Some(text) = text_of(other) {
                        b.text(&text);
                    }
                }
            }
        }
    }
    Ok(b.finish())
}
