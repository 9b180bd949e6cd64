//! Registering for an event without an account, and the personal link that comes with it:
//! `/events/registration/{token}` shows the registration and lets its holder change their
//! details and access needs or cancel. Links are random 256-bit tokens kept only as hashes;
//! a forged or replaced link is "not found".

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::SessionForm;
use super::form::{validate_registration, RegistrationForm};
use super::model::{self, Event, Window, REGISTRATION_TYPES};
use super::monitoring;
use super::registration::{self, Outcome, Registration};
use super::show::show_page;
use crate::auth::throttle;
use crate::calendar::access_needs::{ACCESS_NEEDS, DIETARY};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, format_time, render, render_form, Choice, Layout};

/// `POST /events/{slug}/register`.
pub async fn register(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(event): Found<Event>,
    body: Bytes,
) -> AppResult<Response> {
    let form: RegistrationForm = crate::http::parse_form(&body)?;
    if !form.fax_number.is_empty() {
        // A bot: answer as if all went well, keep nothing.
        return Ok((
            Flash("events-flash-check-email"),
            Redirect::to(&format!("/events/{}", event.slug)),
        )
            .into_response());
    }
    if event.window(now()) != Window::Open {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("name", "events-error-closed");
        return show_page(&state, &ctx, event, errors, form, SessionForm::default()).await;
    }
    let details =
        match validate_registration(&form, &event.fields.registration_types, true, ctx.lang) {
            Ok(details) => details,
            Err(errors) => {
                return show_page(&state, &ctx, event, errors, form, SessionForm::default()).await
            }
        };
    if let Some(wait) =
        throttle::check_public_form(&state.db, "registration", &ctx.client_ip.to_string()).await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    let pairs: Vec<(String, String)> = crate::http::parse_form::<Vec<(String, String)>>(&body)?
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix("monitoring_").map(|q| (q.to_string(), v)))
        .collect();
    let answers = monitoring::valid_answers(&pairs);
    match registration::register(
        &state.db,
        &state.config,
        &event,
        &details,
        &answers,
        ctx.lang,
    )
    .await?
    {
        Outcome::Confirmed(token) => Ok((
            Flash("events-flash-confirmed"),
            Redirect::to(&format!("/events/registration/{token}")),
        )
            .into_response()),
        Outcome::Waiting(token) => Ok((
            Flash("events-flash-waiting"),
            Redirect::to(&format!("/events/registration/{token}")),
        )
            .into_response()),
        // The same answer whoever asks: nothing about an address is given away.
        Outcome::AlreadyRegistered => Ok((
            Flash("events-flash-check-email"),
            Redirect::to(&format!("/events/{}", event.slug)),
        )
            .into_response()),
    }
}

/// The registration and event a personal link opens, or "not found".
async fn by_link(state: &AppState, token: &str) -> AppResult<(Registration, Event)> {
    let registration = registration::find_by_token(&state.db, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = model::find(&state.db, registration.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((registration, event))
}

#[derive(Template)]
#[template(path = "events/manage.html")]
struct ManageView {
    layout: Layout,
    token: String,
    event: Event,
    when: String,
    registration: Registration,
    status: String,
    position: i64,
    errors: FieldErrors,
    form: RegistrationForm,
    kinds: Vec<Choice>,
    needs: Vec<Choice>,
    dietary: Vec<Choice>,
    is_over: bool,
}

async fn manage_page(
    state: &AppState,
    ctx: &RequestContext,
    token: String,
    registration: Registration,
    event: Event,
    errors: FieldErrors,
    form: RegistrationForm,
) -> AppResult<Response> {
    let position = if registration.status == "waiting" {
        registration::waiting_position(&state.db, &registration).await?
    } else {
        0
    };
    let mut layout =
        Layout::new(ctx, "events-manage-title").with_crumbs(&[("events-title", "/events")]);
    let has_errors = layout.mark_errors_if(&errors);
    let offered: Vec<&'static str> = REGISTRATION_TYPES
        .iter()
        .copied()
        .filter(|t| event.offers(t))
        .collect();
    render_form(
        has_errors,
        &ManageView {
            layout,
            token,
            when: format_time(ctx.lang, event.fields.starts_at),
            status: ctx
                .lang
                .t(&format!("events-status-{}", registration.status)),
            position,
            kinds: choices(ctx, "events-type-", &offered, |c| c == form.kind),
            needs: choices(ctx, "events-need-", &ACCESS_NEEDS, |c| form.needs(c)),
            dietary: choices(ctx, "events-diet-", &DIETARY, |c| form.eats(c)),
            is_over: event.is_over(now()),
            errors,
            form,
            registration,
            event,
        },
    )
}

/// `GET /events/registration/{token}`.
pub async fn manage(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (registration, event) = by_link(&state, &token).await?;
    let form = RegistrationForm::from_details(&registration.details);
    manage_page(
        &state,
        &ctx,
        token,
        registration,
        event,
        FieldErrors::new(ctx.lang),
        form,
    )
    .await
}

/// `POST /events/registration/{token}`: change details or access needs.
pub async fn change(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (registration, event) = by_link(&state, &token).await?;
    if registration.status == "cancelled" {
        return Err(AppError::NotFound);
    }
    let form: RegistrationForm = crate::http::parse_form(&body)?;
    match validate_registration(&form, &event.fields.registration_types, false, ctx.lang) {
        Err(errors) => manage_page(&state, &ctx, token, registration, event, errors, form).await,
        Ok(details) => {
            registration::change(&state.db, registration.id, &details).await?;
            Ok((
                Flash("events-flash-changed"),
                Redirect::to(&format!("/events/registration/{token}")),
            )
                .into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "events/cancelled.html")]
struct CancelledView {
    layout: Layout,
    slug: String,
    title: String,
}

/// `POST /events/registration/{token}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (registration, event) = by_link(&state, &token).await?;
    registration::cancel(&state.db, &state.config, &event, registration.id).await?;
    render(&CancelledView {
        layout: Layout::new(&ctx, "events-cancelled-title")
            .with_crumbs(&[("events-title", "/events")]),
        slug: event.slug,
        title: event.fields.title,
    })
}
