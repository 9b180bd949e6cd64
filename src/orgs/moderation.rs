//! `/organisations/moderation`: the coordinators' queue of confirmed submissions. Approve
//! (optionally going straight to the edit form), merge into an existing record, or reject
//! with a reason that is e-mailed to the submitter.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, SaveProblem, Submission};
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, Flash};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::state::AppState;
use crate::taxonomy;
use crate::views::{render, Layout};

#[derive(Template)]
#[template(path = "orgs/moderation.html")]
struct QueueView {
    layout: Layout,
    submissions: Vec<Submission>,
}

impl QueueView {
    fn label(&self, kind: &str, code: &str) -> String {
        taxonomy::label(self.layout.lang, kind, code)
    }
}

pub async fn show_queue(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let submissions = model::pending_submissions(&state.db).await?;
    render(&QueueView {
        layout: Layout::new(&ctx, "orgs-moderation-title")
            .with_crumbs(&[("orgs-title", "/organisations")]),
        submissions,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DecisionForm {
    /// `approve`, `approve_edit`, `merge` or `reject`.
    action: String,
    reason: String,
    merge_into: String,
}

pub async fn decide(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: DecisionForm = crate::http::parse_form(&body)?;
    let submission = model::pending_submission(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = Lang::from_code(&submission.lang).unwrap_or(Lang::En);
    let author = (Some(user.id.0), user.name.as_str());
    let summary = ctx.lang.t_args(
        "orgs-summary-from-submission",
        &[("name", Arg::from(submission.submitter_name.clone()))],
    );
    match form.action.as_str() {
        "approve" | "approve_edit" => {
            let slug = match model::create(&state.db, &submission.fields, author, &summary, false)
                .await?
            {
                Ok(slug) => slug,
                Err(SaveProblem::LeadTaken) => return Err(AppError::BadRequest(None)),
            };
            let org = model::find_by_slug(&state.db, &slug)
                .await?
                .ok_or(AppError::NotFound)?;
            if !model::decide_submission(&state.db, id, "approved", "", Some(org.id), user.id.0)
                .await?
            {
                return Err(AppError::NotFound);
            }
            let link = state.config.link(&format!("/organisations/{slug}"));
            messages::send_keyed(
                &state.db,
                lang,
                "org-approved",
                &submission.submitter_email,
                &[
                    ("name", Arg::from(submission.submitter_name.clone())),
                    ("organisation", Arg::from(submission.fields.name.clone())),
                    ("link", Arg::from(link)),
                ],
            )
            .await?;
            let target = if form.action == "approve_edit" {
                format!("/organisations/{slug}/edit")
            } else {
                "/organisations/moderation".to_string()
            };
            Ok((Flash("orgs-flash-approved"), Redirect::to(&target)).into_response())
        }
        "merge" => {
            let slug = form
                .merge_into
                .trim()
                .trim_start_matches("/organisations/")
                .to_string();
            let Some(existing) = model::find_by_slug(&state.db, &slug).await? else {
                return Ok((
                    Flash("orgs-flash-merge-missing"),
                    Redirect::to("/organisations/moderation"),
                )
                    .into_response());
            };
            let fields = super::fields::merge_fields(&existing.fields, &submission.fields);
            if model::update(&state.db, existing.id, &fields, author, &summary)
                .await?
                .is_err()
            {
                return Err(AppError::BadRequest(None));
            }
            model::decide_submission(
                &state.db,
                id,
                "approved",
                "merged",
                Some(existing.id),
                user.id.0,
            )
            .await?;
            Ok((
                Flash("orgs-flash-merged"),
                Redirect::to(&format!("/organisations/{}", existing.slug)),
            )
                .into_response())
        }
        "reject" => {
            let reason: String = form.reason.trim().chars().take(1000).collect();
            if reason.is_empty() {
                return Ok((
                    Flash("orgs-flash-reason-needed"),
                    Redirect::to("/organisations/moderation"),
                )
                    .into_response());
            }
            if !model::decide_submission(&state.db, id, "rejected", &reason, None, user.id.0)
                .await?
            {
                return Err(AppError::NotFound);
            }
            messages::send_keyed(
                &state.db,
                lang,
                "org-rejected",
                &submission.submitter_email,
                &[
                    ("name", Arg::from(submission.submitter_name.clone())),
                    ("organisation", Arg::from(submission.fields.name.clone())),
                    ("reason", Arg::from(reason)),
                ],
            )
            .await?;
            Ok((
                Flash("orgs-flash-rejected"),
                Redirect::to("/organisations/moderation"),
            )
                .into_response())
        }
        _ => Err(AppError::BadRequest(Some("error-form-unreadable"))),
    }
}
