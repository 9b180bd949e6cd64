//! What kind of file an upload is, decided by its content (magic bytes), never by its
//! name alone; the name's extension must agree with the content.

/// A kind of file Coproduce accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Pdf,
    Odt,
    Docx,
    Csv,
}

impl Kind {
    pub fn media_type(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Gif => "image/gif",
            Kind::Webp => "image/webp",
            Kind::Pdf => "application/pdf",
            Kind::Odt => "application/vnd.oasis.opendocument.text",
            Kind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::Csv => "text/csv",
        }
    }

    pub fn from_media_type(media_type: &str) -> Option<Kind> {
        ALL.into_iter().find(|k| k.media_type() == media_type)
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Png => &["png"],
            Kind::Jpeg => &["jpg", "jpeg"],
            Kind::Gif => &["gif"],
            Kind::Webp => &["webp"],
            Kind::Pdf => &["pdf"],
            Kind::Odt => &["odt"],
            Kind::Docx => &["docx"],
            Kind::Csv => &["csv"],
        }
    }

    /// Images are shown in pages (and need alt text); documents are downloaded.
    pub fn is_image(self) -> bool {
        matches!(self, Kind::Png | Kind::Jpeg | Kind::Gif | Kind::Webp)
    }
}

const ALL: [Kind; 8] = [
    Kind::Png,
    Kind::Jpeg,
    Kind::Gif,
    Kind::Webp,
    Kind::Pdf,
    Kind::Odt,
    Kind::Docx,
    Kind::Csv,
];

/// Why an upload is refused (each maps to a Fluent message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindProblem {
    /// SVG can carry scripts; it is refused rather than trusted to a sanitiser.
    Svg,
    /// The content is not one of the accepted kinds.
    Unsupported,
    /// The name says one kind, the content another.
    ExtensionMismatch,
}

impl KindProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            KindProblem::Svg => "files-error-svg",
            KindProblem::Unsupported => "files-error-type",
            KindProblem::ExtensionMismatch => "files-error-extension",
        }
    }
}

/// Detects the kind of `data` and checks that `name`'s extension agrees.
pub fn detect(name: &str, data: &[u8]) -> Result<Kind, KindProblem> {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let head = String::from_utf8_lossy(&data[..data.len().min(1024)]).to_ascii_lowercase();
    if extension == "svg" || head.contains("<svg") {
        return Err(KindProblem::Svg);
    }
    let kind = match infer::get(data).map(|t| t.mime_type()) {
        Some("image/png") => Kind::Png,
        Some("image/jpeg") => Kind::Jpeg,
        Some("image/gif") => Kind::Gif,
        Some("image/webp") => Kind::Webp,
        Some("application/pdf") => Kind::Pdf,
        Some("application/vnd.oasis.opendocument.text") => Kind::Odt,
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document") => {
            Kind::Docx
        }
        Some(_) => return Err(KindProblem::Unsupported),
        None if extension == "csv" && looks_like_text(data) => Kind::Csv,
        None => return Err(KindProblem::Unsupported),
    };
    if kind.extensions().contains(&extension.as_str()) {
        Ok(kind)
    } else {
        Err(KindProblem::ExtensionMismatch)
    }
}

/// UTF-8 (or Windows-1252) text without NUL bytes or markup that browsers would sniff.
fn looks_like_text(data: &[u8]) -> bool {
    !data.contains(&0)
        && !String::from_utf8_lossy(&data[..data.len().min(1024)])
            .to_ascii_lowercase()
            .contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
    ];

    #[test]
    fn content_decides_and_the_name_must_agree() {
        assert_eq!(detect("poster.png", PNG), Ok(Kind::Png));
        assert_eq!(detect("poster.PNG", PNG), Ok(Kind::Png));
        assert_eq!(
            detect("poster.pdf", PNG),
            Err(KindProblem::ExtensionMismatch)
        );
        assert_eq!(detect("report.pdf", b"%PDF-1.7\n%..."), Ok(Kind::Pdf));
        assert_eq!(
            detect("evil.png", b"<html><script>alert(1)</script>"),
            Err(KindProblem::Unsupported)
        );
        assert_eq!(
            detect("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Err(KindProblem::Svg)
        );
        assert_eq!(
            detect("logo.png", b"<?xml version='1.0'?><svg onload='alert(1)'/>"),
            Err(KindProblem::Svg)
        );
        assert_eq!(
            detect("people.csv", b"name,nation\nAwen,Wales\n"),
            Ok(Kind::Csv)
        );
        assert_eq!(
            detect("page.csv", b"<html><body>x</body></html>"),
            Err(KindProblem::Unsupported)
        );
        assert_eq!(
            detect("binary.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"),
            Err(KindProblem::Unsupported)
        );
    }
}
