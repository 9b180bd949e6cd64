//! UK bank holidays by nation (the GOV.UK feed, compiled in from `data/`), so scheduling a
//! meeting or an event on one can be flagged: `warnings` gives the lines a page shows.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const FEED: &str = include_str!("data/bank-holidays.json");

/// The feed's divisions, in the order pages list them.
pub const DIVISIONS: [&str; 3] = ["england-and-wales", "scotland", "northern-ireland"];

#[derive(Deserialize)]
struct Division {
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Event {
    title: String,
    date: String,
}

/// A bank holiday in one division.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub division: &'static str,
    pub title: String,
}

fn by_date() -> &'static HashMap<String, Vec<Holiday>> {
    static MAP: OnceLock<HashMap<String, Vec<Holiday>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let feed: HashMap<String, Division> = serde_json::from_str(FEED).unwrap_or_default();
        let mut map: HashMap<String, Vec<Holiday>> = HashMap::new();
        for division in DIVISIONS {
            for event in feed
                .get(division)
                .map(|d| d.events.as_slice())
                .unwrap_or(&[])
            {
                map.entry(event.date.clone()).or_default().push(Holiday {
                    division,
                    title: event.title.clone(),
                });
            }
        }
        map
    })
}

/// The bank holidays on `date` (YYYY-MM-DD), in [`DIVISIONS`] order.
pub fn on(date: &str) -> Vec<Holiday> {
    by_date().get(date).cloned().unwrap_or_default()
}

/// "This is a bank holiday in Scotland: St Andrew's Day", one line per holiday, for the
/// nations concerned (`nations`; none known means all of them).
pub fn warnings(
    ctx: &crate::http::RequestContext,
    starts_at: i64,
    nations: &[String],
) -> Vec<String> {
    let divisions = divisions_for(nations);
    let mut by_title: Vec<(String, Vec<String>)> = Vec::new();
    for h in on(&crate::calendar::when::utc_to_london(starts_at).0)
        .into_iter()
        .filter(|h| divisions.contains(&h.division))
    {
        let place = ctx.lang.t(&format!("meetings-division-{}", h.division));
        match by_title.iter_mut().find(|(title, _)| *title == h.title) {
            Some((_, places)) => places.push(place),
            None => by_title.push((h.title, vec![place])),
        }
    }
    by_title
        .into_iter()
        .map(|(title, places)| {
            ctx.lang.t_args(
                "meetings-bank-holiday",
                &[
                    ("places", places.join(", ").into()),
                    ("title", title.into()),
                ],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_are_known_per_nation() {
        let christmas = on("2019-12-25");
        assert_eq!(
            christmas.iter().map(|h| h.division).collect::<Vec<_>>(),
            DIVISIONS.to_vec()
        );
        assert_eq!(christmas[0].title, "Christmas Day");
        // St Andrew's Day is Scotland's alone; the Battle of the Boyne is Northern Ireland's.
        let st_andrew = on("2026-11-30");
        assert_eq!(st_andrew.len(), 1);
        assert_eq!(st_andrew[0].division, "scotland");
        assert_eq!(on("2019-07-12")[0].division, "northern-ireland");
        assert!(on("2019-02-27").is_empty());
        assert!(on("not a date").is_empty());
    }
}

/// The feed's divisions that cover `nations` (the directory's codes: england, wales,
/// scotland, northern_ireland, uk_wide). No nation, or UK-wide, means every division.
pub fn divisions_for(nations: &[String]) -> Vec<&'static str> {
    let mut divisions: Vec<&'static str> = Vec::new();
    for nation in nations {
        let wanted: &[&'static str] = match nation.as_str() {
            "england" | "wales" => &["england-and-wales"],
            "scotland" => &["scotland"],
            "northern_ireland" => &["northern-ireland"],
            _ => &DIVISIONS,
        };
        for d in wanted {
            if !divisions.contains(d) {
                divisions.push(d);
            }
        }
    }
    if divisions.is_empty() {
        DIVISIONS.to_vec()
    } else {
        DIVISIONS
            .iter()
            .copied()
            .filter(|d| divisions.contains(d))
            .collect()
    }
}

#[cfg(test)]
mod nation_tests {
    use super::*;

    #[test]
    fn nations_map_to_the_feeds_divisions() {
        assert_eq!(divisions_for(&[]), DIVISIONS.to_vec());
        assert_eq!(divisions_for(&["wales".into()]), vec!["england-and-wales"]);
        assert_eq!(
            divisions_for(&["northern_ireland".into(), "scotland".into()]),
            vec!["scotland", "northern-ireland"]
        );
        assert_eq!(divisions_for(&["uk_wide".into()]), DIVISIONS.to_vec());
    }
}
