//! Everything that happens at a time and a place, shared by meetings and events (and soon
//! consultation deadlines and plan milestones), so that those domains depend on this and
//! never on each other:
//! - `when`: dates and times as people enter them in Europe/London ⇄ UTC (clock changes);
//! - `ics`: the one iCalendar writer (entries, files, downloads, e-mail attachments);
//! - `bank_holidays`: the UK's bank holidays by nation and the warnings pages show;
//! - `venue`: venue accessibility codes and the web-link check for joining links;
//! - `access_needs`: the structured access needs and dietary codes people tell organisers;
//! - `model`: the "what's on" read model (meetings and events as listings) and private
//!   feed addresses;
//! - `feeds`: `/calendar.ics`, the private feeds and `/meetings.atom`;
//! - `month`: `/meetings/month`, the month view as a table.

pub mod access_needs;
pub mod bank_holidays;
pub mod feeds;
pub mod ics;
pub mod model;
pub mod month;
pub mod venue;
pub mod when;
