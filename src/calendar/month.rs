//! `/meetings/month`: a month of meetings and events as an accessible table (a caption naming the
//! month, weekday column headers, Monday first), with links to the months either side.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Deserialize;

use super::{model, when};
use crate::error::AppResult;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::views::{render, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MonthQuery {
    /// YYYY-MM; this month when absent or unreadable.
    month: String,
}

/// A meeting or an event on a day.
struct Entry {
    href: String,
    time: String,
    title: String,
}

struct Day {
    number: u32,
    entries: Vec<Entry>,
}

#[derive(Template)]
#[template(path = "calendar/month.html")]
struct MonthView {
    layout: Layout,
    caption: String,
    weekdays: Vec<String>,
    weeks: Vec<Vec<Option<Day>>>,
    previous: String,
    next: String,
    previous_label: String,
    next_label: String,
}

fn first_of(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2200).contains(&d.year()))
        .unwrap_or_else(|| {
            let today = when::utc_to_london(crate::storage::now()).0;
            NaiveDate::parse_from_str(&today, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.with_day(1))
                .unwrap_or_default()
        })
}

fn next_month(first: NaiveDate) -> NaiveDate {
    (first + Duration::days(32)).with_day(1).unwrap_or(first)
}

fn month_name(ctx: &RequestContext, first: NaiveDate) -> String {
    format!(
        "{} {}",
        ctx.lang.t(&format!("month-{}", first.month())),
        first.year()
    )
}

/// `GET /meetings/month?month=YYYY-MM`.
pub async fn page(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<MonthQuery>,
) -> AppResult<Response> {
    let first = first_of(&query.month);
    let after = next_month(first);
    let previous = (first - Duration::days(1)).with_day(1).unwrap_or(first);
    let start = when::london_to_utc(&first.format("%Y-%m-%d").to_string(), "00:00").unwrap_or(0);
    let end = when::london_to_utc(&after.format("%Y-%m-%d").to_string(), "00:00").unwrap_or(0);
    let coordinator = ctx.is_coordinator();
    // Meetings and events alike, as (link, start, title).
    let items: Vec<(String, i64, String)> = model::between(&state.db, start, end, !coordinator)
        .await?
        .into_iter()
        .map(|l| (l.path(), l.starts_at, l.title))
        .collect();
    let days_in_month = (after - first).num_days() as u32;
    let mut cells: Vec<Option<Day>> = (0..first.weekday().num_days_from_monday())
        .map(|_| None)
        .collect();
    for number in 1..=days_in_month {
        let date = first
            .with_day(number)
            .unwrap_or(first)
            .format("%Y-%m-%d")
            .to_string();
        let entries = items
            .iter()
            .filter_map(|(href, at, title)| {
                let (day, time) = when::utc_to_london(*at);
                (day == date).then(|| Entry {
                    href: href.clone(),
                    time,
                    title: title.clone(),
                })
            })
            .collect();
        cells.push(Some(Day { number, entries }));
    }
    while !cells.len().is_multiple_of(7) {
        cells.push(None);
    }
    let mut weeks = Vec::new();
    let mut rest = cells.into_iter().peekable();
    while rest.peek().is_some() {
        weeks.push(rest.by_ref().take(7).collect());
    }
    let caption = month_name(&ctx, first);
    render(&MonthView {
        layout: Layout::titled(
            &ctx,
            ctx.lang
                .t_args("meetings-month-title", &[("month", caption.clone().into())]),
        )
        .with_crumbs(&[("meetings-title", "/meetings")]),
        caption,
        weekdays: (1..=7)
            .map(|d| ctx.lang.t(&format!("weekday-{d}")))
            .collect(),
        weeks,
        previous: previous.format("%Y-%m").to_string(),
        next: after.format("%Y-%m").to_string(),
        previous_label: month_name(&ctx, previous),
        next_label: month_name(&ctx, after),
    })
}
