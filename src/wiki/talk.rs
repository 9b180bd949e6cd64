//! `/wiki/{title}/talk`: the discussion page of every page. Threaded comments with replies;
//! authors edit their own; coordinators hide (and unhide) comments, with a reason that goes
//! into the moderation log. Hidden comments stay in the database.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::comments::{self, Thread};
use super::render::render_text;
use super::title::Title;
use super::view::{layout_for, load, Tabs};
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render as render_page, render_status, Layout};

pub const COMMENT_MAX: usize = 10_000;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TalkForm {
    /// `comment`, `reply`, `edit`, `hide` or `unhide`.
    pub action: String,
    pub body: String,
    pub parent_id: String,
    pub comment_id: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "wiki/talk.html")]
struct TalkView {
    layout: Layout,
    heading: String,
    tabs: Tabs,
    title: Title,
    threads: Vec<Thread>,
    errors: FieldErrors,
    form: TalkForm,
    user_id: Option<i64>,
    moderator: bool,
}

async fn talk_page(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    errors: FieldErrors,
    form: TalkForm,
) -> AppResult<Response> {
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let moderator = ctx.is_coordinator();
    let mut threads = Vec::new();
    for (comment, depth) in comments::threaded(comments::for_page(&state.db, page.id).await?) {
        let html = if comment.hidden_at.is_some() && !moderator {
            String::new()
        } else {
            render_text(&state.db, ctx.lang, None, &comment.body, false).await?
        };
        threads.push(Thread {
            comment,
            html,
            depth: depth.min(6),
        });
    }
    let has_errors = !errors.is_empty();
    let heading = ctx
        .lang
        .t_args("wiki-talk-title", &[("title", title.to_string().into())]);
    let mut layout = layout_for(ctx, title, heading.clone());
    if has_errors {
        layout.mark_errors();
    }
    let view = TalkView {
        layout,
        heading,
        tabs: Tabs::new(title, "talk", true),
        title: title.clone(),
        threads,
        errors,
        form,
        user_id: ctx.user.as_ref().map(|u| u.id.0),
        moderator,
    };
    if has_errors {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
    } else {
        render_page(&view)
    }
}

pub async fn show_talk(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Response> {
    talk_page(
        state,
        ctx,
        title,
        FieldErrors::new(ctx.lang),
        TalkForm::default(),
    )
    .await
}

fn parse_id(text: &str) -> AppResult<i64> {
    text.parse()
        .map_err(|_| AppError::BadRequest(Some("error-form-unreadable")))
}

pub async fn submit(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    body: &[u8],
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: TalkForm = crate::http::parse_form(body)?;
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let back = format!("{}#comments", title.action_href("talk"));
    let mut errors = FieldErrors::new(ctx.lang);
    let check_body = |errors: &mut FieldErrors, field: String| {
        if form.body.trim().is_empty() {
            errors.add(field, "wiki-talk-error-empty");
        } else if form.body.chars().count() > COMMENT_MAX {
            errors.add(field, "wiki-talk-error-too-long");
        }
    };
    match form.action.as_str() {
        "comment" | "reply" => {
            let parent = if form.action == "reply" {
                Some(parse_id(&form.parent_id)?)
            } else {
                None
            };
            if let Some(p) = parent {
                comments::find(&state.db, page.id, p)
                    .await?
                    .ok_or(AppError::NotFound)?;
            }
            let field = parent.map_or_else(|| "comment-body".to_string(), |p| format!("reply-{p}"));
            check_body(&mut errors, field);
            if !errors.is_empty() {
                return talk_page(state, ctx, title, errors, form).await;
            }
            let id = comments::add(
                &state.db,
                page.id,
                parent,
                user.id.0,
                &user.name,
                form.body.trim(),
            )
            .await?;
            let target = format!("{}#comment-{id}", title.action_href("talk"));
            Ok((Flash("wiki-talk-flash-added"), Redirect::to(&target)).into_response())
        }
        "edit" => {
            let id = parse_id(&form.comment_id)?;
            let comment = comments::find(&state.db, page.id, id)
                .await?
                .ok_or(AppError::NotFound)?;
            if comment.author_id != Some(user.id.0) {
                return Err(AppError::Forbidden(Some("wiki-talk-error-not-yours")));
            }
            check_body(&mut errors, format!("edit-{id}"));
            if !errors.is_empty() {
                return talk_page(state, ctx, title, errors, form).await;
            }
            comments::edit(&state.db, id, form.body.trim()).await?;
            Ok((
                Flash("wiki-talk-flash-edited"),
                Redirect::to(&format!("{}#comment-{id}", title.action_href("talk"))),
            )
                .into_response())
        }
        "hide" | "unhide" => {
            if user.role < Role::Coordinator {
                return Err(AppError::Forbidden(None));
            }
            let id = parse_id(&form.comment_id)?;
            comments::find(&state.db, page.id, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let hide = form.action == "hide";
            if hide && form.reason.trim().is_empty() {
                errors.add(format!("reason-{id}"), "wiki-talk-error-reason");
                return talk_page(state, ctx, title, errors, form).await;
            }
            let reason: String = form.reason.trim().chars().take(500).collect();
            comments::set_hidden(&state.db, id, hide, user.id.0, &reason).await?;
            let flash = if hide {
                "wiki-talk-flash-hidden"
            } else {
                "wiki-talk-flash-unhidden"
            };
            Ok((Flash(flash), Redirect::to(&back)).into_response())
        }
        _ => Err(AppError::BadRequest(Some("error-form-unreadable"))),
    }
}
