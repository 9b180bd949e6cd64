//! Merging a duplicate organisation record into another (`/organisations/{slug}/merge`):
//! the candidates page and the merge itself (the work is `duplicates::merge`).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{self, Organisation};
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "orgs/merge.html")]
struct MergeView {
    layout: Layout,
    org: Organisation,
    candidates: Vec<super::duplicates::Candidate>,
    error: bool,
}

impl MergeView {
    fn reason(&self, key: &str) -> String {
        self.layout.t(key)
    }
    fn heading(&self) -> String {
        self.layout
            .t1("orgs-merge-title", "name", self.org.fields.name.as_str())
    }
}

async fn merge_page(
    state: &AppState,
    ctx: &RequestContext,
    org: Organisation,
    error: bool,
) -> AppResult<Response> {
    let candidates = super::duplicates::likely(&state.db, &org.fields, Some(org.id)).await?;
    let title = ctx.lang.t_args(
        "orgs-merge-title",
        &[("name", org.fields.name.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("orgs-title", "/organisations")]);
    if error {
        layout.mark_errors();
    }
    let view = MergeView {
        layout,
        org,
        candidates,
        error,
    };
    render_form(error, &view)
}

pub async fn show_merge(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
) -> AppResult<Response> {
    merge_page(&state, &ctx, org, false).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct MergeForm {
    /// A likely duplicate chosen from the list.
    keep: String,
    /// Or the address or short name typed in.
    keep_other: String,
}

/// `POST /organisations/{slug}/merge`: this record is merged into `keep`.
pub async fn merge(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: MergeForm = crate::http::parse_form(&body)?;
    let gone = model::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let chosen = if form.keep_other.trim().is_empty() {
        &form.keep
    } else {
        &form.keep_other
    };
    let keep_slug = chosen
        .trim()
        .trim_start_matches("/organisations/")
        .to_string();
    let keep = match model::find_by_slug(&state.db, &keep_slug).await? {
        Some(k) if k.id != gone.id && k.merged_into.is_none() => k,
        _ => return merge_page(&state, &ctx, gone, true).await,
    };
    let summary = ctx.lang.t_args(
        "orgs-merge-summary",
        &[("name", gone.fields.name.clone().into())],
    );
    if !super::duplicates::merge(
        &state.db,
        &keep,
        &gone,
        (Some(user.id.0), &user.name),
        &summary,
    )
    .await?
    {
        return merge_page(&state, &ctx, gone, true).await;
    }
    Ok((
        Flash("orgs-flash-records-merged"),
        Redirect::to(&format!("/organisations/{}", keep.slug)),
    )
        .into_response())
}
