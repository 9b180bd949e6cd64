//! The organisers' forms: adding an event, changing it (moves e-mail everyone
//! registered), and the programme of sessions.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::{read_when, validate, EventForm, RegistrationForm};
use super::model::{self, Event, REGISTRATION_TYPES};
use super::registration;
use crate::calendar::venue::VENUE_ACCESS;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, render_form, Choice, Layout};

use super::form::SessionForm;
use super::show::show_page;

#[derive(Template)]
#[template(path = "events/form.html")]
struct FormView {
    layout: Layout,
    action: String,
    errors: FieldErrors,
    form: EventForm,
    access: Vec<Choice>,
    types: Vec<Choice>,
}

fn form_page(
    ctx: &RequestContext,
    title: String,
    action: String,
    errors: FieldErrors,
    form: EventForm,
) -> AppResult<Response> {
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("events-title", "/events")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &FormView {
            layout,
            action,
            errors,
            access: choices(ctx, "meetings-access-", &VENUE_ACCESS, |c| {
                form.has_access(c)
            }),
            types: choices(ctx, "events-type-", &REGISTRATION_TYPES, |c| form.offers(c)),
            form,
        },
    )
}

/// `GET /events/add`.
pub async fn show_add(Ctx(ctx): Ctx) -> AppResult<Response> {
    form_page(
        &ctx,
        ctx.lang.t("events-add-title"),
        "/events/add".into(),
        FieldErrors::new(ctx.lang),
        EventForm::blank(),
    )
}

/// `POST /events/add`.
pub async fn add(State(state): State<AppState>, Ctx(ctx): Ctx, body: Bytes) -> AppResult<Response> {
    let form: EventForm = crate::http::parse_form(&body)?;
    match validate(&form, ctx.lang, true, now()) {
        Err(errors) => form_page(
            &ctx,
            ctx.lang.t("events-add-title"),
            "/events/add".into(),
            errors,
            form,
        ),
        Ok(fields) => {
            let author = ctx.user.as_ref().map(|u| u.id.0);
            let slug = model::create(&state.db, &fields, author).await?;
            Ok((
                Flash("events-flash-added"),
                Redirect::to(&format!("/events/{slug}")),
            )
                .into_response())
        }
    }
}

/// `GET /events/{slug}/edit`.
pub async fn show_edit(Ctx(ctx): Ctx, Found(event): Found<Event>) -> AppResult<Response> {
    form_page(
        &ctx,
        ctx.lang.t_args(
            "events-edit-title",
            &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
        ),
        format!("/events/{}/edit", event.slug),
        FieldErrors::new(ctx.lang),
        EventForm::from_fields(&event.fields),
    )
}

/// `POST /events/{slug}/edit`.
pub async fn edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(event): Found<Event>,
    body: Bytes,
) -> AppResult<Response> {
    let form: EventForm = crate::http::parse_form(&body)?;
    let title = ctx.lang.t_args(
        "events-edit-title",
        &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
    );
    let action = format!("/events/{}/edit", event.slug);
    let fields = match validate(&form, ctx.lang, false, now()) {
        Ok(fields) => fields,
        Err(errors) => return form_page(&ctx, title, action, errors, form),
    };
    if !model::update(&state.db, event.id, &fields).await? {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("capacity", "events-error-capacity-below-taken");
        return form_page(&ctx, title, action, errors, form);
    }
    if let Some(changed) = model::find(&state.db, event.id).await? {
        registration::fill_places(&state.db, &state.config, &changed).await?;
        let (old, new) = (&event.fields, &changed.fields);
        let moved = old.starts_at != new.starts_at
            || old.ends_at != new.ends_at
            || old.venue != new.venue
            || old.online_url != new.online_url;
        if moved {
            registration::tell_changed(&state.db, &state.config, &changed).await?;
        }
    }
    Ok((
        Flash("events-flash-saved"),
        Redirect::to(&format!("/events/{}", event.slug)),
    )
        .into_response())
}

/// `POST /events/{slug}/sessions`: add or remove a session in the programme.
pub async fn change_sessions(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(event): Found<Event>,
    body: Bytes,
) -> AppResult<Response> {
    let form: SessionForm = crate::http::parse_form(&body)?;
    if form.action == "remove" {
        let id: i64 = form
            .session_id
            .parse()
            .map_err(|_| AppError::BadRequest(None))?;
        model::remove_session(&state.db, event.id, id).await?;
        return Ok((
            Flash("events-flash-session-removed"),
            Redirect::to(&format!("/events/{}#programme", event.slug)),
        )
            .into_response());
    }
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "session_title",
        &form.session_title,
        200,
        "meetings-error-title",
        "meetings-error-too-long",
    );
    if form.session_description.trim().chars().count() > 2_000 {
        errors.add("session_description", "meetings-error-too-long");
    }
    let starts = read_when(
        &mut errors,
        "session",
        &form.session_date,
        &form.session_time,
    );
    let ends = starts.and_then(|_| {
        read_when(
            &mut errors,
            "session_end",
            &form.session_date,
            &form.session_end_time,
        )
    });
    if let (Some(s), Some(e)) = (starts, ends) {
        if e <= s {
            errors.add("session_end_time", "events-error-end-before-start");
        }
    }
    if !errors.is_empty() {
        return show_page(
            &state,
            &ctx,
            event,
            errors,
            RegistrationForm::default(),
            form,
        )
        .await;
    }
    model::add_session(
        &state.db,
        event.id,
        starts.unwrap_or_default(),
        ends.unwrap_or_default(),
        form.session_title.trim(),
        form.session_description.trim(),
    )
    .await?;
    Ok((
        Flash("events-flash-session-added"),
        Redirect::to(&format!("/events/{}#programme", event.slug)),
    )
        .into_response())
}
