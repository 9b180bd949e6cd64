//! Creating and editing pages: the edit form (whole page or one section), a server-rendered
//! preview, saving, and the conflict page when someone else changed the same part.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::diff::{self, Row};
use super::model::Page;
use super::render;
use super::save::{self, Edit, Outcome};
use super::title::Title;
use super::view::{layout_for, load, Tabs};
use crate::auth::model::User;
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render as render_page, render_status, Layout};
use crate::wiki::model::RevisionId;

pub const SUMMARY_MAX: usize = 500;
pub const TEXT_MAX_BYTES: usize = 900_000;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditForm {
    pub text: String,
    pub summary: String,
    pub minor: String,
    pub base_revision_id: String,
    pub section: String,
    /// `save` or `preview`.
    pub action: String,
    /// Set by the conflict page: the revision the editor first started from, so a save
    /// from there can tell which lines someone else added meanwhile.
    pub conflict_base: String,
    /// `1` when the editor confirmed removing lines someone else added.
    pub confirm_drop: String,
}

#[derive(Template)]
#[template(path = "wiki/edit.html")]
struct EditView {
    layout: Layout,
    tabs: Tabs,
    heading: String,
    title: Title,
    errors: FieldErrors,
    form: EditForm,
    preview: Option<String>,
    conflict: Option<ConflictView>,
    /// Lines someone else added that this save would remove (shown for confirmation).
    dropped: Vec<String>,
}

struct ConflictView {
    current_text: String,
    /// The editor's own text as they sent it, untouched.
    mine_text: String,
    rows: Vec<Row>,
}

/// Whether `user` may edit `page` given its protection.
pub fn may_edit(page: Option<&Page>, user: &User) -> bool {
    match page.map(|p| p.protection.as_str()) {
        Some("locked") => false,
        Some("partner") => user.role >= Role::Partner,
        _ => true,
    }
}

fn heading(ctx: &RequestContext, title: &Title, creating: bool, section: Option<usize>) -> String {
    let key = match (creating, section) {
        (true, _) => "wiki-creating",
        (false, Some(_)) => "wiki-editing-section",
        (false, None) => "wiki-editing",
    };
    ctx.lang.t_args(
        key,
        &[
            ("title", title.to_string().into()),
            (
                "section",
                i64::try_from(section.unwrap_or(0)).unwrap_or(0).into(),
            ),
        ],
    )
}

pub async fn show_form(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    section: Option<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let loaded = load(state, ctx, title).await?;
    if !may_edit(loaded.as_ref().map(|(p, _)| p), user) {
        return Err(AppError::Forbidden(Some("wiki-error-protected")));
    }
    let section = section.and_then(|s| s.parse::<usize>().ok());
    let (text, base) = match &loaded {
        Some((_, head)) => {
            let text = match section {
                Some(n) => super::sections::section_text(&head.body, n)
                    .ok_or(AppError::NotFound)?
                    .trim_end()
                    .to_string(),
                None => head.body.clone(),
            };
            (text, head.id.to_string())
        }
        None => (String::new(), String::new()),
    };
    let creating = loaded.is_none();
    render_page(&EditView {
        layout: layout_for(ctx, title, heading(ctx, title, creating, section)),
        tabs: Tabs::new(title, "edit", !creating),
        heading: heading(ctx, title, creating, section),
        title: title.clone(),
        errors: FieldErrors::new(ctx.lang),
        form: EditForm {
            text,
            base_revision_id: base,
            section: section.map(|n| n.to_string()).unwrap_or_default(),
            ..EditForm::default()
        },
        preview: None,
        conflict: None,
        dropped: Vec::new(),
    })
}

pub async fn submit(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    body: &[u8],
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let form: EditForm = crate::http::parse_form(body)?;
    let loaded = load(state, ctx, title).await?;
    if !may_edit(loaded.as_ref().map(|(p, _)| p), user) {
        return Err(AppError::Forbidden(Some("wiki-error-protected")));
    }
    let creating = loaded.is_none();
    let section = if form.section.is_empty() {
        None
    } else {
        Some(
            form.section
                .parse::<usize>()
                .map_err(|_| AppError::BadRequest(None))?,
        )
    };
    let base_revision_id = if form.base_revision_id.is_empty() {
        None
    } else {
        Some(
            form.base_revision_id
                .parse::<RevisionId>()
                .map_err(|_| AppError::BadRequest(None))?,
        )
    };

    let mut errors = FieldErrors::new(ctx.lang);
    if form.summary.chars().count() > SUMMARY_MAX {
        errors.add("summary", "wiki-error-summary-too-long");
    }
    if form.text.len() > TEXT_MAX_BYTES {
        errors.add("text", "wiki-error-text-too-long");
    }
    if creating && form.text.trim().is_empty() {
        errors.add("text", "wiki-error-text-empty");
    }
    let view = |errors: FieldErrors,
                form: EditForm,
                preview: Option<String>,
                conflict: Option<ConflictView>,
                dropped: Vec<String>| {
        let mut layout = layout_for(ctx, title, heading(ctx, title, creating, section));
        if !errors.is_empty() {
            layout.mark_errors();
        }
        EditView {
            layout,
            tabs: Tabs::new(title, "edit", !creating),
            heading: heading(ctx, title, creating, section),
            title: title.clone(),
            errors,
            form,
            preview,
            conflict,
            dropped,
        }
    };
    if !errors.is_empty() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &view(errors, form, None, None, Vec::new()),
        );
    }
    if form.action == "preview" {
        let html = render::render_text(&state.db, ctx.lang, Some(title), &form.text, false).await?;
        return render_page(&view(errors, form, Some(html), None, Vec::new()));
    }
    // Saving from the conflict page: no overlap left unresolved, and nobody else's added
    // lines removed without saying so.
    if let (false, Some((page, _))) = (form.conflict_base.is_empty(), &loaded) {
        if super::conflict::has_markers(&form.text) {
            errors.add("text", "wiki-error-conflict-markers");
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &view(errors, form, None, None, Vec::new()),
            );
        }
        let body = |id: &str| {
            let id = id.parse::<RevisionId>().ok();
            async move {
                match id {
                    Some(id) => Ok::<_, AppError>(
                        super::model::revision(&state.db, page.id, id)
                            .await?
                            .map(|r| save::normalise_line_endings(&r.body))
                            .unwrap_or_default(),
                    ),
                    None => Ok(String::new()),
                }
            }
        };
        let (base, head) = (
            body(&form.conflict_base).await?,
            body(&form.base_revision_id).await?,
        );
        let dropped =
            super::conflict::dropped_lines(&base, &head, &save::normalise_line_endings(&form.text));
        if !dropped.is_empty() && form.confirm_drop != "1" {
            errors.add("confirm_drop", "wiki-error-conflict-drops");
            return render_status(
                StatusCode::CONFLICT,
                &view(errors, form, None, None, dropped),
            );
        }
    }
    let outcome = save::save(
        &state.db,
        Edit {
            title,
            base_revision_id,
            section,
            text: &form.text,
            summary: &form.summary,
            minor: form.minor == "1",
            author_id: Some(user.id.0),
            author_name: &user.name,
        },
    )
    .await?;
    match outcome {
        Outcome::Saved { merged, .. } => {
            let flash = if merged {
                "wiki-flash-merged"
            } else {
                "wiki-flash-saved"
            };
            Ok((Flash(flash), Redirect::to(&title.href())).into_response())
        }
        Outcome::Unchanged => {
            Ok((Flash("wiki-flash-unchanged"), Redirect::to(&title.href())).into_response())
        }
        Outcome::NoSuchSection => {
            errors.add("text", "wiki-error-section-gone");
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &view(errors, form, None, None, Vec::new()),
            )
        }
        Outcome::Conflict {
            head_revision_id,
            head_text,
            annotated,
            mine,
        } => {
            let rows = diff::rows(&head_text, &mine, 2);
            // The first base the editor started from stays the reference, however many
            // times they meet a conflict.
            let conflict_base = if form.conflict_base.is_empty() {
                form.base_revision_id.clone()
            } else {
                form.conflict_base.clone()
            };
            let resolved_form = EditForm {
                text: super::conflict::label_markers(&annotated, ctx.lang),
                base_revision_id: head_revision_id.to_string(),
                section: String::new(),
                conflict_base,
                confirm_drop: String::new(),
                ..form
            };
            errors.add("text", "wiki-error-conflict");
            let page = view(
                errors,
                resolved_form,
                None,
                Some(ConflictView {
                    current_text: head_text,
                    mine_text: mine,
                    rows,
                }),
                Vec::new(),
            );
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}
