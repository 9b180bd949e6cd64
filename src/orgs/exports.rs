//! Open data: the listed organisations as CSV (cells a spreadsheet would run as formulas are
//! neutralised), JSON, Open Referral UK JSON (organisation schema, with charity numbers as
//! org-id.guide identifiers), and an Atom feed of newly listed organisations. Only public
//! fields of listed records ever appear here. Visitors are served them from the page
//! cache, and at most a few are built at once (`views::page_cache::cached_heavy`).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::model::{self, Filters, Organisation};
use crate::error::AppResult;
use crate::http::download::csv_download;
pub use crate::http::download::neutralise;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::views::atom::{atom_entry, atom_response};
use crate::views::page_cache::cached_heavy;

const EXPORT_LIMIT: i64 = 1_000_000;

async fn listed(state: &AppState, sort: &str) -> AppResult<Vec<Organisation>> {
    let filters = Filters {
        sort: sort.to_string(),
        ..Filters::default()
    };
    Ok(
        model::directory(&state.db, &filters, false, EXPORT_LIMIT, 0)
            .await?
            .0,
    )
}

/// Serves the export at `ctx.path` (which ignores any query) through the page cache.
async fn heavy<F, Fut>(state: &AppState, ctx: &RequestContext, build: F) -> AppResult<Response>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = AppResult<Response>>,
{
    cached_heavy(&state.page_cache, ctx, &ctx.path, build).await
}

pub async fn csv_export(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    heavy(&state, &ctx, || build_csv(&state)).await
}

async fn build_csv(state: &AppState) -> AppResult<Response> {
    let orgs = listed(state, "name").await?;
    let header = [
        "id",
        "name",
        "other_names",
        "description",
        "website",
        "email",
        "phone",
        "area_served",
        "type",
        "charity_register",
        "charity_number",
        "lead_network_for",
        "register_status",
        "listed",
        "nations",
        "characteristics",
        "sdg_goals",
        "sdg_targets",
    ];
    let rows = orgs.iter().map(|o| {
        let f = &o.fields;
        vec![
            o.uuid.clone(),
            f.name.clone(),
            f.other_names.clone(),
            f.description.clone(),
            f.website.clone(),
            f.email.clone(),
            f.phone.clone(),
            f.area_served.clone(),
            f.org_type.clone(),
            f.charity_register.clone(),
            f.charity_number.clone(),
            f.lead_nation.clone(),
            f.register_status.clone(),
            if f.listed { "yes" } else { "no" }.to_string(),
            f.nations.join(";"),
            f.characteristics.join(";"),
            f.goals
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            f.targets.join(";"),
        ]
    });
    csv_download("organisations.csv", &header, rows)
}

fn public_json(state: &AppState, o: &Organisation) -> serde_json::Value {
    let f = &o.fields;
    json!({
        "id": o.uuid,
        "name": f.name,
        "other_names": f.other_names,
        "description": f.description,
        "website": f.website,
        "email": f.email,
        "phone": f.phone,
        "area_served": f.area_served,
        "type": f.org_type,
        "charity_register": f.charity_register,
        "charity_number": f.charity_number,
        "lead_network_for": f.lead_nation,
        "register_status": f.register_status,
        "nations": f.nations,
        "characteristics": f.characteristics,
        "sdg_goals": f.goals,
        "sdg_targets": f.targets,
        "url": state.config.link(&format!("/organisations/{}", o.slug)),
        "demo": o.is_demo,
    })
}

pub async fn json_export(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    heavy(&state, &ctx, || build_json(&state)).await
}

async fn build_json(state: &AppState) -> AppResult<Response> {
    let orgs = listed(state, "name").await?;
    let items: Vec<serde_json::Value> = orgs.iter().map(|o| public_json(state, o)).collect();
    let body = json!({ "licence": "CC-BY-4.0", "count": items.len(), "organisations": items });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

/// The org-id.guide scheme of a charity register.
fn identifier_scheme(register: &str) -> Option<(&'static str, &'static str)> {
    match register {
        "england_wales" => Some(("GB-CHC", "Charity Commission for England and Wales")),
        "scotland" => Some(("GB-SC", "Office of the Scottish Charity Regulator")),
        "northern_ireland" => Some(("GB-NIC", "Charity Commission for Northern Ireland")),
        _ => None,
    }
}

/// An organisation in the Open Referral UK schema; fields without a value are left out
/// rather than sent empty (the schema's required ones always have one).
pub fn oruk_organisation(state: &AppState, o: &Organisation) -> serde_json::Value {
    let f = &o.fields;
    let identifiers: Vec<serde_json::Value> = identifier_scheme(&f.charity_register)
        .filter(|_| !f.charity_number.is_empty())
        .map(|(scheme, kind)| {
            json!({
                "id": uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("{}#{}", o.uuid, scheme).as_bytes()).to_string(),
                "organization_id": o.uuid,
                "identifier_scheme": scheme,
                "identifier_type": kind,
                "identifier": f.charity_number,
            })
        })
        .into_iter()
        .collect();
    let mut item = serde_json::Map::new();
    item.insert("id".into(), json!(o.uuid));
    item.insert("name".into(), json!(f.name));
    item.insert(
        "description".into(),
        json!(if f.description.is_empty() {
            &f.name
        } else {
            &f.description
        }),
    );
    for (key, value) in [("email", &f.email), ("website", &f.website)] {
        if !value.is_empty() {
            item.insert(key.into(), json!(value));
        }
    }
    item.insert(
        "uri".into(),
        json!(state.config.link(&format!("/organisations/{}", o.slug))),
    );
    if !identifiers.is_empty() {
        item.insert("organization_identifiers".into(), json!(identifiers));
    }
    serde_json::Value::Object(item)
}

/// Organisations per page of the Open Referral UK list, unless `per_page` asks otherwise.
pub const ORUK_PER_PAGE: i64 = 50;
/// The most a page can hold.
pub const ORUK_MAX_PER_PAGE: i64 = 1000;

/// `?page=N&per_page=M` as the Open Referral UK API pages lists (1-based, clamped).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct OrukPage {
    page: Option<String>,
    per_page: Option<String>,
}

impl OrukPage {
    fn numbers(&self) -> (i64, i64) {
        let read = |v: &Option<String>| v.as_deref().and_then(|s| s.trim().parse::<i64>().ok());
        let page = read(&self.page).unwrap_or(1).max(1);
        let per_page = read(&self.per_page)
            .unwrap_or(ORUK_PER_PAGE)
            .clamp(1, ORUK_MAX_PER_PAGE);
        (page, per_page)
    }
}

pub async fn oruk_export(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    axum::extract::Query(paging): axum::extract::Query<OrukPage>,
) -> AppResult<Response> {
    let (page, per_page) = paging.numbers();
    let key = format!("{}?page={page}&per_page={per_page}", ctx.path);
    cached_heavy(&state.page_cache, &ctx, &key, || {
        build_oruk(&state, page, per_page)
    })
    .await
}

async fn build_oruk(state: &AppState, page: i64, per_page: i64) -> AppResult<Response> {
    let filters = Filters {
        sort: "name".to_string(),
        ..Filters::default()
    };
    let offset = (page - 1).saturating_mul(per_page);
    let (orgs, total) = model::directory(&state.db, &filters, false, per_page, offset).await?;
    let items: Vec<serde_json::Value> = orgs.iter().map(|o| oruk_organisation(state, o)).collect();
    let total_pages = ((total + per_page - 1) / per_page).max(1);
    let body = json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": per_page,
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": items.is_empty(),
        "contents": items,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

pub async fn atom_feed(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    heavy(&state, &ctx, || build_atom(&state, &ctx)).await
}

async fn build_atom(state: &AppState, ctx: &RequestContext) -> AppResult<Response> {
    let filters = Filters {
        sort: "newest".into(),
        ..Filters::default()
    };
    let (orgs, _) = model::directory(&state.db, &filters, false, 50, 0).await?;
    let entries = orgs
        .iter()
        .map(|o| {
            let link = state.config.link(&format!("/organisations/{}", o.slug));
            atom_entry(
                link.clone(),
                &o.fields.name,
                link,
                o.listed_at.unwrap_or(o.created_at),
                o.fields.description.chars().take(300).collect(),
            )
        })
        .collect();
    Ok(atom_response(
        &state.config,
        ctx,
        "/organisations",
        "orgs-feed-title",
        entries,
    ))
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+44 20"), "'+44 20");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Involve"), "Involve");
    }
}
