//! The plan on a time axis: one row per dated output (a bar from its start to its due
//! date, or a mark at the due date), its milestones as diamonds, and today as a line, drawn
//! as SVG that scales to the page's width. The same data is shown as a table beside it,
//! which is the text alternative.

use chrono::NaiveDate;

/// One output on the timeline.
pub struct Row {
    pub label: String,
    pub starts_on: Option<String>,
    pub due_on: Option<String>,
    /// The shown status code (for the bar's class).
    pub status: &'static str,
    /// Milestones: title, due date, done.
    pub milestones: Vec<(String, String, bool)>,
}

const WIDTH: f64 = 600.0;
const LEFT: f64 = 10.0;
const ROW_HEIGHT: f64 = 56.0;
const TOP: f64 = 30.0;

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

use crate::wiki::markdown::escape_attr as escape;

/// The SVG for `rows` around `today`, or `None` when nothing has a date. `title` and
/// `today_label` are the accessible name and the words by the today line.
pub fn svg(rows: &[Row], today: &str, title: &str, today_label: &str) -> Option<String> {
    let today_day = day(today)?;
    let mut dates: Vec<NaiveDate> = rows
        .iter()
        .flat_map(|r| {
            [r.starts_on.as_deref(), r.due_on.as_deref()]
                .into_iter()
                .flatten()
                .chain(r.milestones.iter().map(|(_, d, _)| d.as_str()))
                .filter_map(day)
                .collect::<Vec<_>>()
        })
        .collect();
    if dates.is_empty() {
        return None;
    }
    dates.push(today_day);
    let first = *dates.iter().min()?;
    let last = *dates.iter().max()?;
    let span = ((last - first).num_days().max(1)) as f64;
    let x = |d: NaiveDate| LEFT + (d - first).num_days() as f64 / span * (WIDTH - 2.0 * LEFT);
    let dated: Vec<&Row> = rows
        .iter()
        .filter(|r| r.due_on.as_deref().and_then(day).is_some() || !r.milestones.is_empty())
        .collect();
    let height = TOP + ROW_HEIGHT * dated.len() as f64 + 10.0;
    let mut out = format!(
        "<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"timeline-title\">{}</title>",
        escape(title)
    );
    out.push_str("<defs><path id=\"milestone\" d=\"M0 -9 L9 0 L0 9 L-9 0 Z\"/></defs>");
    out.push_str(&format!(
        "<text x=\"{LEFT}\" y=\"20\" class=\"timeline__axis\">{}</text><text x=\"{}\" y=\"20\" text-anchor=\"end\" class=\"timeline__axis\">{}</text>",
        first.format("%Y-%m-%d"),
        WIDTH - LEFT,
        last.format("%Y-%m-%d")
    ));
    for (i, r) in dated.iter().enumerate() {
        let y = TOP + ROW_HEIGHT * i as f64;
        out.push_str(&format!(
            // A picture has no links inside it (the table below links each output).
            "<text x=\"{LEFT}\" y=\"{:.1}\" class=\"timeline__label\">{}</text>",
            y + 16.0,
            escape(&r.label.chars().take(48).collect::<String>())
        ));
        let due = r.due_on.as_deref().and_then(day);
        let start = r.starts_on.as_deref().and_then(day).or(due);
        if let (Some(start), Some(due)) = (start, due) {
            let (x0, x1) = (x(start), x(due));
            out.push_str(&format!(
                "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" class=\"timeline__bar timeline__bar--{}\"/>",
                y + 24.0,
                (x1 - x0).max(4.0),
                r.status
            ));
        }
        for (_, due_on, done) in &r.milestones {
            if let Some(d) = day(due_on) {
                // One diamond drawn once (in <defs>) and placed for each milestone.
                out.push_str(&format!(
                    "<use href=\"#milestone\" x=\"{:.0}\" y=\"{:.0}\" class=\"timeline__milestone{}\"/>",
                    x(d),
                    y + 31.0,
                    if *done { " timeline__milestone--done" } else { "" }
                ));
            }
        }
    }
    let tx = x(today_day);
    out.push_str(&format!(
        "<line x1=\"{tx:.1}\" y1=\"22\" x2=\"{tx:.1}\" y2=\"{height}\" class=\"timeline__today\"/>\
         <text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" class=\"timeline__axis\">{}</text></svg>",
        height - 0.0,
        escape(today_label)
    ));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_places_today_and_escapes_labels() {
        let rows = vec![Row {
            label: "Summit <February>".into(),
            starts_on: Some("2019-01-01".into()),
            due_on: Some("2019-03-01".into()),
            status: "on_track",
            milestones: vec![("Invite".into(), "2019-02-01".into(), true)],
        }];
        let svg = svg(&rows, "2019-02-01", "Plan", "Today").unwrap();
        assert!(svg.contains("Summit &lt;February&gt;"));
        assert!(svg.contains("timeline__milestone--done"));
        assert!(svg.contains("timeline__today"));
        assert!(super::svg(&[], "2019-02-01", "Plan", "Today").is_none());
    }
}
