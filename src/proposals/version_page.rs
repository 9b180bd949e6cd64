//! Frozen versions: `POST /proposals/{slug}/freeze` makes the next version and opens its
//! sign-off; `/proposals/{slug}/versions/{number}` shows a version as it was frozen (its
//! hash checked on every read), with the submit form once its sign-off is agreed; a
//! submitted version is public, as HTML and as a Markdown file (`…/download`), and never
//! changes.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

use super::access::{leading, visible};
use super::form::SubmitForm;
use super::model::{self, Frozen, Proposal, SignOffWords, SubmitRefused, Version};
use super::money::format_pounds;
use crate::calendar::when::london_to_utc;
use crate::consortium::model::{self as consortium, Outcome};
use crate::consortium::rules_page::rules_in_force;
use crate::consortium::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{format_time, render_form, Layout};
use crate::wiki::render::standalone_html;

/// `POST /proposals/{slug}/freeze`.
pub async fn freeze(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (p, _) = leading(&state, &ctx, &slug).await?;
    let rules = rules_in_force(&state).await?;
    let lang = ctx.lang;
    let words = |number: i64, sha: &str| SignOffWords {
        title: lang.t_args(
            "proposals-signoff-title",
            &[
                ("proposal", p.title.clone().into()),
                ("number", number.into()),
            ],
        ),
        proposal: lang.t_args(
            "proposals-signoff-text",
            &[
                ("proposal", p.title.clone().into()),
                ("number", number.into()),
                ("funder", p.funder.clone().into()),
                ("hash", sha.to_string().into()),
            ],
        ),
    };
    let (_, decision) = model::freeze(
        &state.db,
        &state.config,
        p.id,
        (rules.id, rules.terms.default_days),
        words,
        user.id.0,
    )
    .await?;
    Ok((
        Flash("proposals-flash-frozen"),
        Redirect::to(&format!("/consortium/decisions/{decision}")),
    )
        .into_response())
}

pub struct FrozenSectionView {
    pub title: String,
    pub question: String,
    pub owner: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "proposals/version.html")]
struct VersionView {
    layout: Layout,
    errors: FieldErrors,
    p: Proposal,
    v: Version,
    frozen: Option<Frozen>,
    sections: Vec<FrozenSectionView>,
    lines: Vec<(String, String, String, i64, String)>,
    total: String,
    frozen_at: String,
    submitted_at: String,
    requested: String,
    sign_off: String,
    may_submit: bool,
    form: SubmitForm,
}

async fn find(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
    number: i64,
) -> AppResult<(Proposal, Standing, Version)> {
    let (p, standing) = visible(state, ctx, slug).await?;
    let v = model::version(&state.db, p.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    // Outside the members, only the submitted version is there to see.
    if !standing.is_inside() && v.submitted_at.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((p, standing, v))
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    p: Proposal,
    standing: Standing,
    v: Version,
    form: SubmitForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    consortium::close_due(&state.db, &state.config, now()).await?;
    let result = consortium::sign_off_result(&state.db, v.id).await?;
    let agreed = matches!(
        result,
        Some(Outcome::Agreed | Outcome::AgreedWithReservations)
    );
    let frozen = v.frozen();
    let sections = frozen
        .iter()
        .flat_map(|f| f.sections.iter())
        .map(|s| FrozenSectionView {
            title: s.title.clone(),
            question: s.question.clone(),
            owner: s.owner.clone(),
            html: standalone_html(ctx.lang, &s.body),
        })
        .collect();
    let lines = frozen
        .iter()
        .flat_map(|f| f.budget.iter())
        .map(|l| {
            (
                if l.partner.is_empty() {
                    ctx.lang.t("proposals-budget-shared")
                } else {
                    l.partner.clone()
                },
                l.item.clone(),
                ctx.lang.t(&format!("proposals-category-{}", l.category)),
                l.year,
                format_pounds(l.amount_pence),
            )
        })
        .collect();
    let title = ctx.lang.t_args(
        "proposals-version-title",
        &[
            ("proposal", p.title.clone().into()),
            ("number", v.number.into()),
        ],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &VersionView {
            total: frozen
                .as_ref()
                .map(|f| format_pounds(f.total_pence))
                .unwrap_or_default(),
            frozen_at: format_time(ctx.lang, v.frozen_at),
            submitted_at: v
                .submitted_at
                .map(|t| format_time(ctx.lang, t))
                .unwrap_or_default(),
            requested: v.requested_pence.map(format_pounds).unwrap_or_default(),
            sign_off: match result {
                Some(o) => ctx.lang.t(&format!("consortium-result-{}", o.code())),
                None => ctx.lang.t("consortium-round-open"),
            },
            may_submit: standing.may_propose() && agreed && p.submitted_version.is_none(),
            layout,
            errors,
            frozen,
            sections,
            lines,
            p,
            v,
            form,
        },
    )
}

/// `GET /proposals/{slug}/versions/{number}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, number)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (p, standing, v) = find(&state, &ctx, &slug, number).await?;
    let form = SubmitForm {
        version: number.to_string(),
        submitted_on: consortium::today(now()),
        ..SubmitForm::default()
    };
    page(
        &state,
        &ctx,
        p,
        standing,
        v,
        form,
        FieldErrors::new(ctx.lang),
    )
    .await
}

/// `GET /proposals/{slug}/versions/{number}/download`: the version as a Markdown file.
pub async fn download(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, number)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (_, _, v) = find(&state, &ctx, &slug, number).await?;
    let frozen = v.frozen().ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!("proposal version {} fails its hash", v.id))
    })?;
    let mut text = format!(
        "# {}\n\n{} — {}\n\n",
        frozen.title, frozen.funder, frozen.programme
    );
    for s in &frozen.sections {
        text.push_str(&format!("## {}\n\n", s.title));
        if !s.question.is_empty() {
            text.push_str(&format!("> {}\n\n", s.question));
        }
        text.push_str(&format!("{}\n\n", s.body));
    }
    text.push_str(&format!("## {}\n\n", ctx.lang.t("proposals-budget")));
    for l in &frozen.budget {
        text.push_str(&format!(
            "- {} · {} · {} · {} · {}\n",
            l.partner,
            l.item,
            l.category,
            l.year,
            format_pounds(l.amount_pence)
        ));
    }
    text.push_str(&format!(
        "\n{}: {}\n\nSHA-256: {}\n",
        ctx.lang.t("proposals-total"),
        format_pounds(frozen.total_pence),
        v.sha256
    ));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-version-{number}.md\""),
            ),
        ],
        text,
    )
        .into_response())
}

/// `POST /proposals/{slug}/versions/{number}/submit`: marks a signed-off version submitted.
pub async fn submit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, number)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    leading(&state, &ctx, &slug).await?;
    let (p, standing, v) = find(&state, &ctx, &slug, number).await?;
    let form: SubmitForm = crate::http::parse_form(&body)?;
    let (day, reference, requested) = match form.validate(ctx.lang) {
        Ok(ok) => ok,
        Err(errors) => return page(&state, &ctx, p, standing, v, form, errors).await,
    };
    let at = london_to_utc(&day, "12:00").unwrap_or_else(|_| now());
    match model::submit(&state.db, p.id, &v, at, &reference, requested, user.id.0).await? {
        Ok(()) => Ok((
            Flash("proposals-flash-submitted"),
            Redirect::to(&format!("/proposals/{slug}")),
        )
            .into_response()),
        Err(refused) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add(
                "submitted_on",
                match refused {
                    SubmitRefused::NotSignedOff => "proposals-error-not-signed-off",
                    SubmitRefused::AlreadySubmitted => "proposals-error-already-submitted",
                },
            );
            page(&state, &ctx, p, standing, v, form, errors).await
        }
    }
}
