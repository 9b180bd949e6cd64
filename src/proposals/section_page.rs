//! `/proposals/{slug}/sections/{id}`: a section with the funder's question, its word
//! limit (a live count as people type; the server checks at save and says by how much it
//! is over), owner, status, comments and full history; `…/revisions/{number}` shows what a
//! revision changed. A save based on an older revision is refused with both texts shown,
//! so nothing anyone wrote is lost.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::access::drafting;
use super::form::{CheckedSection, SectionForm};
use super::model::{
    self, Proposal, Revision, Section, SectionComment, SectionId, SectionSave, SectionStatus,
};
use super::words::count_words;
use crate::consortium::model as consortium;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, render, render_form, Choice, Layout};
use crate::wiki::diff::{self, Row};

#[derive(Template)]
#[template(path = "proposals/section.html")]
struct SectionView {
    layout: Layout,
    errors: FieldErrors,
    p: Proposal,
    section: Section,
    form: SectionForm,
    statuses: Vec<Choice>,
    owners: Vec<(i64, String)>,
    comments: Vec<SectionComment>,
    revisions: Vec<Revision>,
    words: i64,
    /// Someone saved since this person opened the page: the text saved now.
    conflict_text: Option<String>,
    comment: String,
}

async fn find(state: &AppState, p: &Proposal, id: SectionId) -> AppResult<Section> {
    model::find_section(&state.db, p.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The members a section (or a budget line) may be given to: those there now.
pub async fn current_members(state: &AppState) -> AppResult<Vec<(i64, String)>> {
    let today = consortium::today(now());
    Ok(consortium::list_members(&state.db)
        .await?
        .into_iter()
        .filter(|m| m.is_current(&today))
        .map(|m| (m.id.0, m.name))
        .collect())
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &RequestContext,
    p: Proposal,
    section: Section,
    form: SectionForm,
    errors: FieldErrors,
    conflict_text: Option<String>,
    comment: String,
) -> AppResult<Response> {
    let title = ctx.lang.t_args(
        "proposals-section-title",
        &[
            ("section", section.title.clone().into()),
            ("proposal", p.title.clone().into()),
        ],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &SectionView {
            statuses: choices(ctx, "proposals-status-", SectionStatus::CODES, |c| {
                c == form.status
            }),
            owners: current_members(state).await?,
            comments: model::section_comments(&state.db, section.id).await?,
            revisions: model::revisions(&state.db, section.id).await?,
            words: count_words(&form.body),
            layout,
            errors,
            p,
            section,
            form,
            conflict_text,
            comment,
        },
    )
}

fn form_of(section: &Section) -> SectionForm {
    SectionForm {
        body: section.body.clone(),
        status: section.status.code().to_string(),
        owner_id: section
            .owner_id
            .map(|m| m.0.to_string())
            .unwrap_or_default(),
        summary: String::new(),
        base: section.revision.to_string(),
    }
}

/// `GET /proposals/{slug}/sections/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, SectionId)>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let section = find(&state, &p, id).await?;
    let form = form_of(&section);
    page(
        &state,
        &ctx,
        p,
        section,
        form,
        FieldErrors::new(ctx.lang),
        None,
        String::new(),
    )
    .await
}

/// `POST /proposals/{slug}/sections/{id}`: saves the section as its next revision.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, SectionId)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let section = find(&state, &p, id).await?;
    let form: SectionForm = crate::http::parse_form(&body)?;
    let owners: Vec<consortium::MemberId> = current_members(&state)
        .await?
        .into_iter()
        .map(|(id, _)| consortium::MemberId(id))
        .collect();
    let CheckedSection {
        body,
        status,
        owner_id,
        base,
    } = match form.validate(ctx.lang, section.word_limit, &owners) {
        Ok(checked) => checked,
        Err(errors) => {
            return page(&state, &ctx, p, section, form, errors, None, String::new()).await
        }
    };
    let save = SectionSave {
        body: &body,
        status,
        owner_id,
        summary: form.summary.trim(),
        base,
    };
    match model::save_section(
        &state.db,
        &state.config,
        &section,
        &save,
        (user.id.0, &user.name),
    )
    .await?
    {
        Ok(_) => Ok((
            Flash("proposals-flash-section-saved"),
            Redirect::to(&format!("/proposals/{slug}/sections/{id}")),
        )
            .into_response()),
        Err(model::SaveConflict) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("body", "proposals-error-conflict");
            let current = find(&state, &p, id).await?;
            let mut form = form;
            form.base = current.revision.to_string();
            let theirs = current.body.clone();
            page(
                &state,
                &ctx,
                p,
                current,
                form,
                errors,
                Some(theirs),
                String::new(),
            )
            .await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    body: String,
}

/// `POST /proposals/{slug}/sections/{id}/comments`.
pub async fn comment(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, SectionId)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let section = find(&state, &p, id).await?;
    let form: CommentForm = crate::http::parse_form(&body)?;
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "comment",
        &form.body,
        5_000,
        "consult-error-comment",
        "consult-error-too-long",
    );
    if !errors.is_empty() {
        let edit = form_of(&section);
        return page(&state, &ctx, p, section, edit, errors, None, form.body).await;
    }
    model::add_section_comment(
        &state.db,
        &state.config,
        &section,
        (user.id.0, &user.name),
        form.body.trim(),
    )
    .await?;
    Ok((
        Flash("proposals-flash-commented"),
        Redirect::to(&format!("/proposals/{slug}/sections/{id}#comments")),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "proposals/revision.html")]
struct RevisionView {
    layout: Layout,
    p: Proposal,
    section: Section,
    number: i64,
    rows: Vec<Row>,
    side_by_side: bool,
}

/// `GET /proposals/{slug}/sections/{id}/revisions/{number}`: what that revision changed.
pub async fn show_revision(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id, number)): Path<(String, SectionId, i64)>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let section = find(&state, &p, id).await?;
    let all = model::revisions(&state.db, section.id).await?;
    let this = all
        .iter()
        .find(|r| r.number == number)
        .ok_or(AppError::NotFound)?;
    let before = all
        .iter()
        .find(|r| r.number == number - 1)
        .map(|r| r.body.as_str())
        .unwrap_or("");
    let title = ctx.lang.t_args(
        "proposals-revision-title",
        &[
            ("section", section.title.clone().into()),
            ("number", number.into()),
        ],
    );
    render(&RevisionView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("proposals-title", "/proposals")]),
        rows: diff::rows(before, &this.body, 2),
        side_by_side: false,
        number,
        p,
        section,
    })
}
