//! Where things happen: the venue accessibility features a meeting or an event records, and
//! the check that an online joining link (or a feedback form) is a real web address.

/// A venue's accessibility features that a meeting or an event can record, in the order
/// forms and pages show them (their names are the `meetings-access-*` messages).
pub const VENUE_ACCESS: [&str; 6] = [
    "step_free",
    "hearing_loop",
    "accessible_toilet",
    "quiet_room",
    "parking",
    "public_transport",
];

/// Whether `text` is an http(s) address with a host.
pub fn is_web_link(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.has_host())
}
