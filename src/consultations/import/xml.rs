//! Small helpers for reading office XML with quick-xml: attributes and names by their
//! local part (prefixes vary between programs), and text unescaped.

use quick_xml::events::BytesStart;

/// The element's local name (`p` for `w:p`).
pub fn local(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The value of the attribute whose local name is `name`, unescaped.
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name.as_bytes())
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map(|v| v.into_owned())
                    .ok()
            })
            .flatten()
    })
}

/// The value of the attribute named exactly `name` (with its prefix), unescaped.
pub fn attr_exact(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.as_ref() == name.as_bytes())
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map(|v| v.into_owned())
                    .ok()
            })
            .flatten()
    })
}

/// The text an event stands for: character data, or a character or predefined entity
/// reference (quick-xml reports `&amp;` and `&#233;` as events of their own).
pub fn text_of(event: &quick_xml::events::Event<'_>) -> Option<String> {
    use quick_xml::events::Event;
    match event {
        Event::Text(t) => t.decode().ok().map(|s| s.into_owned()),
        Event::CData(t) => Some(String::from_utf8_lossy(t.as_ref()).into_owned()),
        Event::GeneralRef(r) => {
            if let Ok(Some(c)) = r.resolve_char_ref() {
                return Some(c.to_string());
            }
            let name = r.decode().ok()?;
            Some(
                match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }
                .to_string(),
            )
        }
        _ => None,
    }
}
