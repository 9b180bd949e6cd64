//! Coordinators tag what was said with themes, `/consultations/{slug}/themes`: a form to
//! name a theme, then every public comment and free-text answer, fifty to a page, each
//! with its themes as checkboxes saved by its own small form.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, Consultation, QuestionKind, TagTarget, ThemeId};
use super::read::visible;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

const PER_PAGE: usize = 50;

/// One comment or answer with its themes.
struct Item {
    kind: &'static str,
    id: i64,
    author: String,
    context: String,
    text: String,
    /// (theme id, name, chosen)
    themes: Vec<(i64, String, bool)>,
}

#[derive(Template)]
#[template(path = "consultations/themes.html")]
struct ThemesView {
    layout: Layout,
    c: Consultation,
    themes: Vec<model::Theme>,
    items: Vec<Item>,
    page: usize,
    pages: usize,
    theme_name: String,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: usize,
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    page: usize,
    name: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let themes = model::themes(&state.db, c.id).await?;
    let tags = model::tags(&state.db, c.id).await?;
    let anonymous = ctx.lang.t("consult-anonymous");
    // Parts are named by their place in the current version, as the document shows them.
    let places: std::collections::HashMap<i64, usize> = match c.current_version {
        Some(v) => model::version_blocks(&state.db, c.id, v).await?,
        None => Vec::new(),
    }
    .iter()
    .enumerate()
    .map(|(n, b)| (b.block_id, n + 1))
    .collect();
    let part = |block: Option<i64>| match block.map(|b| places.get(&b)) {
        Some(Some(n)) => ctx
            .lang
            .t_args("consult-on-block", &[("block", (*n).into())]),
        Some(None) => ctx.lang.t("consult-on-removed-part"),
        None => ctx.lang.t("consult-on-whole"),
    };
    let mut all: Vec<(TagTarget, i64, String, String, String)> =
        model::all_visible(&state.db, c.id)
            .await?
            .into_iter()
            .map(|m| {
                (
                    TagTarget::Comment,
                    m.id.0,
                    m.author_name,
                    part(m.block_id),
                    m.body,
                )
            })
            .collect();
    let questions = model::questions(&state.db, c.id).await?;
    for a in model::public_answers(&state.db, c.id).await? {
        let Some(q) = questions
            .iter()
            .find(|q| q.id == a.question_id && q.kind == QuestionKind::Text)
        else {
            continue;
        };
        let who = if a.name.is_empty() {
            anonymous.clone()
        } else {
            a.name
        };
        all.push((
            TagTarget::Answer,
            a.answer_id,
            who,
            q.prompt.clone(),
            a.value,
        ));
    }
    let pages = all.len().div_ceil(PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let items = all
        .into_iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|(kind, id, author, context, text)| {
            let on = tags.get(&(kind, id)).cloned().unwrap_or_default();
            Item {
                kind: kind.code(),
                id,
                author,
                context,
                text,
                themes: themes
                    .iter()
                    .map(|t| (t.id.0, t.name.clone(), on.contains(&t.id)))
                    .collect(),
            }
        })
        .collect();
    let title = ctx.lang.t_args(
        "consult-themes-title",
        &[("title", c.fields.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ThemesView {
            layout,
            c,
            themes,
            items,
            page,
            pages,
            theme_name: name,
            errors,
        },
    )
}

/// `GET /consultations/{slug}/themes`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    page(
        &state,
        &ctx,
        c,
        q.page,
        String::new(),
        FieldErrors::new(ctx.lang),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ThemeForm {
    name: String,
}

/// `POST /consultations/{slug}/themes`: names a new theme.
pub async fn add(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let form: ThemeForm = crate::http::parse_form(&body)?;
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "name",
        &form.name,
        100,
        "consult-error-theme",
        "consult-error-too-long",
    );
    if errors.is_empty() && !model::add_theme(&state.db, c.id, form.name.trim()).await? {
        errors.add("name", "consult-error-theme-exists");
    }
    if !errors.is_empty() {
        return page(&state, &ctx, c, 1, form.name, errors).await;
    }
    Ok((
        Flash("consult-flash-theme-added"),
        Redirect::to(&format!("/consultations/{slug}/themes")),
    )
        .into_response())
}

/// `POST /consultations/{slug}/tags`: sets one comment's or answer's themes.
pub async fn tag(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let pairs: Vec<(String, String)> = crate::http::parse_form(&body)?;
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let kind = TagTarget::from_code(get("kind")).ok_or(AppError::NotFound)?;
    let target: i64 = get("target").parse().map_err(|_| AppError::NotFound)?;
    let chosen: Vec<ThemeId> = pairs
        .iter()
        .filter(|(k, _)| k == "theme")
        .filter_map(|(_, v)| v.parse().ok().map(ThemeId))
        .collect();
    if !model::set_tags(&state.db, c.id, kind, target, &chosen).await? {
        return Err(AppError::NotFound);
    }
    let page_number: usize = get("page").parse().unwrap_or(1);
    Ok((
        Flash("consult-flash-tagged"),
        Redirect::to(&format!(
            "/consultations/{slug}/themes?page={page_number}#{kind}-{target}"
        )),
    )
        .into_response())
}
