//! Bringing a draft in from `.md`, `.docx` and `.odt`: headings, paragraphs, lists,
//! tables, links and images kept and what is left out listed; a zip bomb, a file that is
//! not a document and an `.odt` with scripts refused or made harmless; nothing saved until
//! the editor saves.

use std::io::Write;

use coproduce::auth::role::Role;
use coproduce::consultations::import;
use coproduce::consultations::model;

use super::responding::open_consultation;
use crate::util::TestApp;

/// A zip archive of `entries` (name, bytes), deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        for (name, data) in entries {
            zip.start_file(*name, options).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

/// A tiny PNG (1×1).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

pub fn docx() -> Vec<u8> {
    let document = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Why we need this</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">People &amp; groups </w:t></w:r><w:r><w:t>&lt;script&gt;alert(1)&lt;/script&gt; are rarely asked</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Equality networks</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>SDG networks</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Read </w:t></w:r><w:hyperlink r:id="rId5"><w:r><w:t>the goals</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rId6"><w:r><w:t>this</w:t></w:r></w:hyperlink><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nation</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lead</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Wales</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A | B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="A map of the four nations"/><a:graphic><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId7"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:sectPr/></w:body></w:document>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://sdgs.un.org/goals" TargetMode="External"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
</Relationships>"#;
    let numbering = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/media/image1.png", PNG),
    ])
}

fn odt_with_scripts() -> Vec<u8> {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0">
<office:scripts><office:script script:language="ooo:Basic"><text:p>Shell("rm -rf /")</text:p></office:script></office:scripts>
<office:automatic-styles><text:list-style style:name="L1" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><text:list-level-style-bullet text:level="1"/></text:list-style></office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="2">Intended outcomes</text:h>
<text:p>More people <text:span>taking part</text:span><text:note><text:note-body><text:p>A note</text:p></text:note-body></text:note>.</text:p>
<text:list text:style-name="L1"><text:list-item><text:p>An open concept paper</text:p></text:list-item><text:list-item><text:p>A summit in <text:a xlink:href="https://example.org/feb">February</text:a></text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Output</text:p></table:table-cell><table:table-cell><text:p>Due</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Paper</text:p></table:table-cell><table:table-cell><text:p>2018</text:p></table:table-cell></table:table-row></table:table>
<text:p><text:a xlink:href="javascript:alert(1)" office:event-listeners="x">Click</text:a></text:p>
</office:text></office:body></office:document-content>"#;
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
        ("Basic/Standard/Module1.xml", b"<script/>"),
    ])
}

#[test]
fn a_word_document_keeps_its_structure_and_lists_what_it_left_out() {
    let got = import::import("Concept paper.docx", &docx()).unwrap();
    let md = &got.markdown;
    assert!(md.starts_with("# Why we need this\n\n"), "{md}");
    assert!(
        md.contains("People \\& groups \\<script\\>alert(1)\\</script\\> are rarely asked"),
        "{md}"
    );
    assert!(md.contains("1. Equality networks\n2. SDG networks"), "{md}");
    assert!(
        md.contains("[the goals](https://sdgs.un.org/goals)"),
        "{md}"
    );
    assert!(!md.contains("javascript") && !md.contains("gone"), "{md}");
    assert!(
        md.contains("| Nation | Lead |\n| --- | --- |\n| Wales | A \\| B |"),
        "{md}"
    );
    assert!(
        md.contains("![A map of the four nations](coproduce-image:0)"),
        "{md}"
    );
    assert_eq!(got.images.len(), 1);
    let dropped: Vec<&str> = got.dropped.iter().map(|d| d.code()).collect();
    assert_eq!(
        dropped,
        ["footnotes", "tracked-changes", "links-not-to-the-web"]
    );
}

#[test]
fn an_opendocument_file_is_read_and_its_scripts_never_are() {
    let got = import::import("paper.odt", &odt_with_scripts()).unwrap();
    let md = &got.markdown;
    assert!(
        md.starts_with("## Intended outcomes\n\nMore people taking part.\n\n"),
        "{md}"
    );
    assert!(
        md.contains("- An open concept paper\n- A summit in [February](https://example.org/feb)"),
        "{md}"
    );
    assert!(
        md.contains("| Output | Due |\n| --- | --- |\n| Paper | 2018 |"),
        "{md}"
    );
    assert!(
        !md.contains("Shell")
            && !md.contains("rm -rf")
            && !md.contains("javascript")
            && !md.contains("A note"),
        "{md}"
    );
    let dropped: Vec<&str> = got.dropped.iter().map(|d| d.code()).collect();
    assert!(
        dropped.contains(&"scripts") && dropped.contains(&"footnotes"),
        "{dropped:?}"
    );
}

#[test]
fn zip_bombs_and_things_that_are_not_documents_are_refused() {
    // 40 MB of zeros squeezed into a few kilobytes.
    let zeros = vec![0u8; 40 * 1024 * 1024];
    let bomb = zip_of(&[("word/document.xml", &zeros)]);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    assert_eq!(
        import::import("bomb.docx", &bomb).unwrap_err(),
        import::ImportError::TooBig
    );
    assert_eq!(
        import::import("paper.docx", b"%PDF-1.4 not a zip").unwrap_err(),
        import::ImportError::NotADocument
    );
    let no_document = zip_of(&[("readme.txt", b"hello")]);
    assert_eq!(
        import::import("paper.docx", &no_document).unwrap_err(),
        import::ImportError::NotADocument
    );
    assert_eq!(
        import::import("paper.md", b"caf\xe9").unwrap_err(),
        import::ImportError::NotText
    );
    assert_eq!(
        import::import("paper.exe", b"MZ").unwrap_err(),
        import::ImportError::NotADocument
    );
    // Mismatched tags are refused as not a document (and never panic).
    let broken_xml = zip_of(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    assert_eq!(
        import::import("broken.docx", &broken_xml).unwrap_err(),
        import::ImportError::NotADocument
    );
}

#[tokio::test]
async fn the_editor_reviews_an_imported_draft_before_saving_it() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let page = coordinator
        .post_multipart(
            "/consultations/paper/import",
            &[],
            Some(("Concept paper.docx", &docx())),
        )
        .await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    let draft = html.raw_text("#draft");
    assert!(
        draft.contains("# Why we need this") && draft.contains("1. Equality networks"),
        "{draft}"
    );
    assert!(
        draft.contains("![A map of the four nations](/files/"),
        "{draft}"
    );
    assert!(html.text("#imported").contains("Footnotes"));
    // The image went through the upload checks into the files, with its description.
    let stored = coproduce::files::model::find(&app.db, "Paper-image-1.png")
        .await
        .unwrap();
    assert!(stored.is_some(), "the image is stored");
    // Nothing saved until the editor saves.
    let unchanged = model::find_by_slug(&app.db, "paper")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.fields.draft, c.fields.draft);
    // Refused files come back with a message at the field.
    for (name, data) in [
        (
            "bomb.docx",
            zip_of(&[("word/document.xml", &vec![0u8; 40 * 1024 * 1024])]),
        ),
        ("notes.docx", b"not a zip at all".to_vec()),
    ] {
        let refused = coordinator
            .post_multipart("/consultations/paper/import", &[], Some((name, &data)))
            .await;
        refused.assert_status(422);
        refused.html().assert_error_summary(&["file"]);
    }
    // A participant cannot import.
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let got = participant
        .post_multipart(
            "/consultations/paper/import",
            &[],
            Some(("Concept paper.docx", &docx())),
        )
        .await;
    assert!(got.status != 200);
}
