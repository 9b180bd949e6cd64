//! `/outreach/bulk`: change every organisation of a filtered outreach list at once (set the
//! stage or owner, add a nation or a tag, list or unlist them), confirmed on its own page
//! with the list's count, then run as a durable job whose progress `/outreach/bulk/{id}`
//! shows.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::board::BoardQuery;
use super::model::bulk::{self, BulkChange, ACTIONS};
use super::model::{board as mb, outreach as om, tags};
use super::outreach::today;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::taxonomy;
use crate::views::{render, render_form, Layout};

#[derive(Template)]
#[template(path = "orgs/bulk.html")]
struct BulkView {
    layout: Layout,
    errors: FieldErrors,
    query: BoardQuery,
    count: usize,
    /// What was chosen (kept when the form comes back with an error).
    form: HashMap<String, String>,
    stages: Vec<(&'static str, String)>,
    owners: Vec<(i64, String)>,
    nations: Vec<(&'static str, String)>,
}

impl BulkView {
    fn chosen(&self, key: &str) -> &str {
        self.form.get(key).map(String::as_str).unwrap_or_default()
    }
    fn actions(&self) -> &'static [&'static str] {
        &ACTIONS
    }
    fn action_label(&self, action: &str) -> String {
        self.layout.t(&format!("bulk-action-{action}"))
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    query: BoardQuery,
    form: HashMap<String, String>,
    errors: FieldErrors,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let today = today();
    let count = mb::board_ids(&state.db, &query.filter(user.id.0, &today))
        .await?
        .len();
    let mut layout = Layout::new(ctx, "bulk-title").with_crumbs(&[
        ("orgs-title", "/organisations"),
        ("outreach-title", "/outreach"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    let lang = ctx.lang;
    let view = BulkView {
        layout,
        errors,
        query,
        count,
        form,
        stages: om::STAGES
            .iter()
            .map(|s| {
                (
                    *s,
                    lang.t(&format!("outreach-stage-{}", s.replace('_', "-"))),
                )
            })
            .collect(),
        owners: om::coordinators(&state.db).await?,
        nations: taxonomy::NATIONS
            .iter()
            .map(|n| (*n, taxonomy::label(lang, "nation", n)))
            .collect(),
    };
    render_form(has_errors, &view)
}

pub async fn show_form(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<BoardQuery>,
) -> AppResult<Response> {
    page(
        &state,
        &ctx,
        query,
        HashMap::new(),
        FieldErrors::new(ctx.lang),
    )
    .await
}

/// The value of `action` in `form`, checked; the error's Fluent id if it is not usable.
async fn value_of(
    state: &AppState,
    action: &str,
    form: &HashMap<String, String>,
) -> AppResult<Result<String, &'static str>> {
    let given = form
        .get(&format!("value_{action}"))
        .map(|v| v.trim().to_string())
        .unwrap_or_default();
    Ok(match action {
        "stage" if om::STAGES.contains(&given.as_str()) => Ok(given),
        "owner" => {
            let owners = om::coordinators(&state.db).await?;
            match given.parse::<i64>() {
                Ok(id) if owners.iter().any(|(o, _)| *o == id) => Ok(given),
                _ => Err("bulk-error-choose"),
            }
        }
        "nation" if taxonomy::is_nation(&given) => Ok(given),
        "tag" if !tags::clean(&given).is_empty() => Ok(tags::clean(&given)),
        "listed" if form.get("confirm_consent").is_some_and(|c| c == "1") => Ok(String::new()),
        "listed" => Err("bulk-error-consent"),
        "unlisted" => Ok(String::new()),
        _ => Err("bulk-error-choose"),
    })
}

pub async fn start(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: HashMap<String, String> = crate::http::parse_form(&body)?;
    let query = BoardQuery {
        mine: form.get("mine").cloned().unwrap_or_default(),
        overdue: form.get("overdue").cloned().unwrap_or_default(),
        stage: form.get("stage").cloned().unwrap_or_default(),
        tag: form.get("tag").cloned().unwrap_or_default(),
        view: "list".into(),
        page: String::new(),
    };
    let mut errors = FieldErrors::new(ctx.lang);
    let action = form.get("action").cloned().unwrap_or_default();
    if !ACTIONS.contains(&action.as_str()) {
        errors.add("action", "bulk-error-action");
        return page(&state, &ctx, query, form, errors).await;
    }
    let value = match value_of(&state, &action, &form).await? {
        Ok(value) => value,
        Err(message) => {
            let field = if action == "listed" {
                "confirm_consent".to_string()
            } else {
                format!("value_{action}")
            };
            errors.add(&field, message);
            return page(&state, &ctx, query, form, errors).await;
        }
    };
    let today = today();
    let ids = mb::board_ids(&state.db, &query.filter(user.id.0, &today)).await?;
    let shown = match action.as_str() {
        "stage" => ctx
            .lang
            .t(&format!("outreach-stage-{}", value.replace('_', "-"))),
        "nation" => taxonomy::label(ctx.lang, "nation", &value),
        "owner" => om::coordinators(&state.db)
            .await?
            .into_iter()
            .find(|(id, _)| id.to_string() == value)
            .map(|(_, name)| name)
            .unwrap_or_default(),
        _ => value.clone(),
    };
    let summary = ctx.lang.t_args(
        &format!("bulk-summary-{action}"),
        &[
            ("value", shown.into()),
            ("count", i64::try_from(ids.len()).unwrap_or(0).into()),
        ],
    );
    let id = bulk::start(
        &state.db,
        &action,
        &value,
        &ids,
        (user.id.0, &user.name),
        &summary,
    )
    .await?;
    Ok(Redirect::to(&format!("/outreach/bulk/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "orgs/bulk_progress.html")]
struct ProgressView {
    layout: Layout,
    change: BulkChange,
}

pub async fn progress(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let change = bulk::load(&state.db, id).await?.ok_or(AppError::NotFound)?;
    render(&ProgressView {
        layout: Layout::new(&ctx, "bulk-progress-title").with_crumbs(&[
            ("orgs-title", "/organisations"),
            ("outreach-title", "/outreach"),
        ]),
        change,
    })
}
