//! The coordinators' forms to schedule a meeting and change it (`/meetings/new`,
//! `/meetings/{id}/edit`).

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::{validate, MeetingForm};
use super::model::{self, Meeting, STATUSES};
use super::taking_part::{self};
use crate::calendar::venue::VENUE_ACCESS;
use crate::calendar::when;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{choices, render_form, Choice, Layout};

#[derive(Template)]
#[template(path = "meetings/form.html")]
struct FormView {
    layout: Layout,
    action: String,
    errors: FieldErrors,
    form: MeetingForm,
    statuses: Vec<Choice>,
    access: Vec<Choice>,
}

fn form_page(
    ctx: &RequestContext,
    title: String,
    action: String,
    errors: FieldErrors,
    form: MeetingForm,
) -> AppResult<Response> {
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("meetings-title", "/meetings")]);
    let has_errors = layout.mark_errors_if(&errors);
    let statuses = choices(ctx, "meetings-status-", STATUSES, |c| form.status == c);
    let access = choices(ctx, "meetings-access-", &VENUE_ACCESS, |c| {
        form.has_access(c)
    });
    render_form(
        has_errors,
        &FormView {
            layout,
            action,
            errors,
            form,
            statuses,
            access,
        },
    )
}

/// `GET /meetings/add`.
pub async fn show_add(Ctx(ctx): Ctx) -> AppResult<Response> {
    form_page(
        &ctx,
        ctx.lang.t("meetings-add-title"),
        "/meetings/add".into(),
        FieldErrors::new(ctx.lang),
        MeetingForm::blank(),
    )
}

/// `POST /meetings/add`.
pub async fn add(State(state): State<AppState>, Ctx(ctx): Ctx, body: Bytes) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: MeetingForm = crate::http::parse_form(&body)?;
    match validate(&form, ctx.lang) {
        Ok(fields) => {
            let id = model::create(&state.db, &fields, user.id.0).await?;
            Ok((
                Flash("meetings-flash-saved"),
                Redirect::to(&format!("/meetings/{id}")),
            )
                .into_response())
        }
        Err(errors) => form_page(
            &ctx,
            ctx.lang.t("meetings-add-title"),
            "/meetings/add".into(),
            errors,
            form,
        ),
    }
}

/// `GET /meetings/{id}/edit`.
pub async fn show_edit(Ctx(ctx): Ctx, Found(meeting): Found<Meeting>) -> AppResult<Response> {
    form_page(
        &ctx,
        ctx.lang.t_args(
            "meetings-edit-title",
            &[("title", meeting.fields.title.clone().into())],
        ),
        format!("/meetings/{}/edit", meeting.id),
        FieldErrors::new(ctx.lang),
        MeetingForm::from_fields(&meeting.fields),
    )
}

/// `POST /meetings/{id}/edit`.
pub async fn edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let form: MeetingForm = crate::http::parse_form(&body)?;
    match validate(&form, ctx.lang) {
        Ok(fields) => {
            model::update(&state.db, meeting.id, &fields).await?;
            if fields.status == "held" && meeting.fields.status != "held" {
                let user = ctx.require_user()?;
                let held_on = when::utc_to_london(fields.starts_at).0;
                for org in taking_part::list(&state.db, meeting.id).await? {
                    taking_part::record_met(
                        &state.db,
                        org.organisation_id,
                        &fields.title,
                        &held_on,
                        (user.id.0, &user.name),
                    )
                    .await?;
                }
            }
            Ok((
                Flash("meetings-flash-saved"),
                Redirect::to(&format!("/meetings/{}", meeting.id)),
            )
                .into_response())
        }
        Err(errors) => form_page(
            &ctx,
            ctx.lang.t_args(
                "meetings-edit-title",
                &[("title", meeting.fields.title.clone().into())],
            ),
            format!("/meetings/{}/edit", meeting.id),
            errors,
            form,
        ),
    }
}
