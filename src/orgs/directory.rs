//! `/organisations`: the public directory, with filters (nation, characteristic, SDG goal,
//! type; combinable), text search, sort and pagination. Coordinators may include unlisted
//! records.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;

use super::model::{self, Filters, Organisation, PAGE_SIZE};
use crate::error::AppResult;
use crate::http::Ctx;
use crate::state::AppState;
use crate::taxonomy;
use crate::views::{render, Layout};

#[derive(Template)]
#[template(path = "orgs/directory.html")]
struct DirectoryView {
    layout: Layout,
    filters: Filters,
    orgs: Vec<Organisation>,
    total: i64,
    page: i64,
    pages: i64,
    coordinator: bool,
    nations: Vec<(&'static str, String)>,
    characteristics: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    types: Vec<(&'static str, String)>,
    query_without_page: String,
}

/// The options of the filter lists, translated.
pub fn nation_options(lang: crate::i18n::Lang) -> Vec<(&'static str, String)> {
    taxonomy::NATIONS
        .iter()
        .map(|n| (*n, taxonomy::label(lang, "nation", n)))
        .collect()
}

pub fn characteristic_options(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    taxonomy::characteristics()
        .iter()
        .cloned()
        .chain(taxonomy::section75().iter().map(|c| format!("s75:{c}")))
        .map(|c| {
            let label = taxonomy::label(lang, "characteristic", &c);
            (c, label)
        })
        .collect()
}

pub fn goal_options(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    (1..=17)
        .map(|g| (g.to_string(), taxonomy::label(lang, "goal", &g.to_string())))
        .collect()
}

pub fn type_options(lang: crate::i18n::Lang) -> Vec<(&'static str, String)> {
    super::fields::ORG_TYPES
        .iter()
        .map(|t| (*t, lang.t(&format!("orgs-type-{}", t.replace('_', "-")))))
        .collect()
}

pub async fn show_directory(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached(&cache, &ctx, || build_directory(&state, &ctx, filters)).await
}

async fn build_directory(
    state: &AppState,
    ctx: &crate::http::RequestContext,
    filters: Filters,
) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let include_unlisted = coordinator && filters.show == "all";
    let page = filters.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let (orgs, total) = model::directory(
        &state.db,
        &filters,
        include_unlisted,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("q", &filters.q),
        ("nation", &filters.nation),
        ("characteristic", &filters.characteristic),
        ("goal", &filters.goal),
        ("org_type", &filters.org_type),
        ("sort", &filters.sort),
        ("show", &filters.show),
    ] {
        if !v.is_empty() {
            serializer.append_pair(k, v);
        }
    }
    let lang = ctx.lang;
    render(&DirectoryView {
        layout: Layout::new(ctx, "orgs-title").with_crumbs(&[]),
        query_without_page: serializer.finish(),
        filters,
        orgs,
        total,
        page,
        pages,
        coordinator,
        nations: nation_options(lang),
        characteristics: characteristic_options(lang),
        goals: goal_options(lang),
        types: type_options(lang),
    })
}

impl DirectoryView {
    fn label(&self, kind: &str, code: &str) -> String {
        taxonomy::label(self.layout.lang, kind, code)
    }
    fn type_label(&self, code: &str) -> String {
        self.layout
            .t(&format!("orgs-type-{}", code.replace('_', "-")))
    }
}
