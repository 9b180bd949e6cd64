//! `/who-we-met`: the public list of organisations met, as the project report publishes it.
//! An organisation is named only when it agreed to be named at a held meeting and never
//! declined at another; the rest are only counted. Grouped by nation and by protected
//! characteristic, with the period the meetings cover; CSV and JSON exports.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sqlx::Row;

use crate::error::AppResult;
use crate::http::download::csv_download;
use crate::http::{Ctx, RequestContext};
use crate::orgs::model::{find_by_id, Organisation};
use crate::state::AppState;
use crate::storage::Db;
use crate::taxonomy;
use crate::views::{format_date, render, Layout};

/// Who we met, and over what period.
pub struct Met {
    pub named: Vec<Organisation>,
    pub not_named: usize,
    pub first: Option<i64>,
    pub last: Option<i64>,
}

pub async fn met(db: &Db) -> AppResult<Met> {
    let rows = sqlx::query(
        "SELECT mo.organisation_id, mo.consent, m.starts_at FROM meeting_organisations mo \
         JOIN meetings m ON m.id = mo.meeting_id WHERE m.status = 'held'",
    )
    .fetch_all(&db.pool)
    .await?;
    // Per organisation: (said yes somewhere, said no somewhere).
    let mut answers: BTreeMap<crate::orgs::model::OrganisationId, (bool, bool)> = BTreeMap::new();
    let (mut first, mut last) = (None::<i64>, None::<i64>);
    for r in &rows {
        let org: crate::orgs::model::OrganisationId = r.try_get("organisation_id")?;
        let consent: String = r.try_get("consent")?;
        let at: i64 = r.try_get("starts_at")?;
        first = Some(first.map_or(at, |f| f.min(at)));
        last = Some(last.map_or(at, |l| l.max(at)));
        let entry = answers.entry(org).or_default();
        entry.0 |= consent == "yes";
        entry.1 |= consent == "no";
    }
    let mut named = Vec::new();
    let mut not_named = 0;
    for (id, (yes, no)) in answers {
        match (yes && !no).then_some(id) {
            Some(id) => match find_by_id(db, id).await? {
                Some(org) => named.push(org),
                None => not_named += 1,
            },
            None => not_named += 1,
        }
    }
    named.sort_by_key(|o| o.fields.name.to_lowercase());
    Ok(Met {
        named,
        not_named,
        first,
        last,
    })
}

/// An organisation as the page lists it.
struct Named {
    name: String,
    /// Its directory page, when it is listed there.
    href: Option<String>,
}

struct Group {
    label: String,
    names: Vec<Named>,
}

#[derive(Template)]
#[template(path = "meetings/who_we_met.html")]
struct WhoWeMetView {
    layout: Layout,
    total: usize,
    named: usize,
    not_named: usize,
    period: Option<String>,
    by_nation: Vec<Group>,
    by_characteristic: Vec<Group>,
}

fn groups(
    ctx: &RequestContext,
    orgs: &[Organisation],
    kind: &str,
    codes: Vec<String>,
    of: impl Fn(&Organisation) -> &Vec<String>,
) -> Vec<Group> {
    let named = |o: &Organisation| Named {
        name: o.fields.name.clone(),
        href: o
            .fields
            .listed
            .then(|| format!("/organisations/{}", o.slug)),
    };
    let mut groups: Vec<Group> = codes
        .into_iter()
        .filter_map(|code| {
            let names: Vec<Named> = orgs
                .iter()
                .filter(|o| of(o).contains(&code))
                .map(named)
                .collect();
            (!names.is_empty()).then(|| Group {
                label: taxonomy::label(ctx.lang, kind, &code),
                names,
            })
        })
        .collect();
    // Organisations whose record does not say (for example one added on the spot at a
    // meeting) are still listed, under "not recorded".
    let unrecorded: Vec<Named> = orgs
        .iter()
        .filter(|o| of(o).is_empty())
        .map(named)
        .collect();
    if !unrecorded.is_empty() {
        groups.push(Group {
            label: ctx.lang.t(&format!("who-{kind}-unrecorded")),
            names: unrecorded,
        });
    }
    groups
}

/// `GET /who-we-met`.
pub async fn page(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let met = met(&state.db).await?;
    let nations = taxonomy::NATIONS.iter().map(|n| n.to_string()).collect();
    let characteristics = taxonomy::characteristics()
        .iter()
        .cloned()
        .chain(taxonomy::section75().iter().map(|c| format!("s75:{c}")))
        .collect();
    render(&WhoWeMetView {
        layout: Layout::titled(&ctx, ctx.lang.t("who-title")),
        total: met.named.len() + met.not_named,
        named: met.named.len(),
        not_named: met.not_named,
        period: met.first.zip(met.last).map(|(f, l)| {
            ctx.lang.t_args(
                "who-period",
                &[
                    ("from", format_date(ctx.lang, f).into()),
                    ("to", format_date(ctx.lang, l).into()),
                ],
            )
        }),
        by_nation: groups(&ctx, &met.named, "nation", nations, |o| &o.fields.nations),
        by_characteristic: groups(&ctx, &met.named, "characteristic", characteristics, |o| {
            &o.fields.characteristics
        }),
    })
}

/// `GET /who-we-met.csv`: the named organisations, cells a spreadsheet cannot run.
pub async fn csv(State(state): State<AppState>) -> AppResult<Response> {
    let met = met(&state.db).await?;
    let rows = met.named.iter().map(|o| {
        vec![
            o.uuid.clone(),
            o.fields.name.clone(),
            o.fields.website.clone(),
            o.fields.nations.join(";"),
            o.fields.characteristics.join(";"),
        ]
    });
    csv_download(
        "who-we-met.csv",
        &["id", "name", "website", "nations", "characteristics"],
        rows,
    )
}

/// `GET /who-we-met.json`.
pub async fn json(State(state): State<AppState>) -> AppResult<Response> {
    let met = met(&state.db).await?;
    let date = |t: Option<i64>| t.map(|t| crate::calendar::when::utc_to_london(t).0);
    let body = json!({
        "period": { "from": date(met.first), "to": date(met.last) },
        "organisations_met": met.named.len() + met.not_named,
        "not_named": met.not_named,
        "named": met.named.iter().map(|o| json!({
            "id": o.uuid,
            "name": o.fields.name,
            "website": o.fields.website,
            "nations": o.fields.nations,
            "characteristics": o.fields.characteristics,
        })).collect::<Vec<_>>(),
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}
