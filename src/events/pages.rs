//! Event pages: `/events` (upcoming and past), an event's page with its programme, access
//! information, easy-read summary and registration form, its `.ics`, and the organisers'
//! add and change forms and programme editing. Private events exist only for coordinators.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{read_when, validate, EventForm, RegistrationForm};
use super::model::{self, Event, Session, Window, REGISTRATION_TYPES};
use super::monitoring::QUESTIONS;
use super::{ics, registration};
use crate::calendar::access_needs::{ACCESS_NEEDS, DIETARY};
use crate::calendar::venue::VENUE_ACCESS;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, format_time, render, render_form, Choice, Layout};

/// An event as the list shows it.
struct Row {
    slug: String,
    title: String,
    when: String,
    is_example: bool,
    is_public: bool,
    /// "12 places left", while registration is open.
    places: Option<String>,
}

fn row(ctx: &RequestContext, e: &Event) -> Row {
    Row {
        slug: e.slug.clone(),
        title: e.fields.title.clone(),
        when: format_time(ctx.lang, e.fields.starts_at),
        is_example: e.fields.is_example,
        is_public: e.fields.is_public,
        places: (e.window(now()) == Window::Open).then(|| {
            ctx.lang.t_args(
                "events-places-left",
                &[("count", crate::i18n::Arg::Num(e.places_left()))],
            )
        }),
    }
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct ListView {
    layout: Layout,
    upcoming: Vec<Row>,
    past: Vec<Row>,
    coordinator: bool,
}

/// `GET /events`.
pub async fn list(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached(&cache, &ctx, || async {
        let coordinator = ctx.is_coordinator();
        let (upcoming, past) = model::lists(&state.db, !coordinator).await?;
        render(&ListView {
            layout: Layout::titled(&ctx, ctx.lang.t("events-title")),
            upcoming: upcoming.iter().map(|e| row(&ctx, e)).collect(),
            past: past.iter().map(|e| row(&ctx, e)).collect(),
            coordinator,
        })
    })
    .await
}

/// An event this person may see, or "not found".
pub async fn visible(state: &AppState, ctx: &RequestContext, slug: &str) -> AppResult<Event> {
    match model::find_by_slug(&state.db, slug).await? {
        Some(e) if e.fields.is_public || ctx.is_coordinator() => Ok(e),
        _ => Err(AppError::NotFound),
    }
}

struct SessionRow {
    id: i64,
    when: String,
    title: String,
    description: String,
}

/// One equality question on the registration form.
pub struct QuestionView {
    pub code: &'static str,
    pub label: String,
    pub answers: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct ShowView {
    layout: Layout,
    event: Event,
    when: String,
    ends: String,
    access: Vec<String>,
    sessions: Vec<SessionRow>,
    coordinator: bool,
    /// "open", "not_yet" or "closed".
    window: &'static str,
    opens: String,
    closes: String,
    is_over: bool,
    errors: FieldErrors,
    form: RegistrationForm,
    kinds: Vec<Choice>,
    needs: Vec<Choice>,
    dietary: Vec<Choice>,
    questions: Vec<QuestionView>,
    /// The programme form (coordinators); its errors are in `errors` too.
    session_form: SessionForm,
    /// Bank holidays on the event's first day, in words (shown to coordinators).
    holidays: Vec<String>,
}

/// Renders an event's page; the registration and programme forms show `form`,
/// `session_form` and `errors` (whose field names do not overlap).
pub async fn show_page(
    state: &AppState,
    ctx: &RequestContext,
    event: Event,
    errors: FieldErrors,
    form: RegistrationForm,
    session_form: SessionForm,
) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let sessions = model::sessions(&state.db, event.id)
        .await?
        .into_iter()
        .map(|s: Session| SessionRow {
            id: s.id,
            when: format!(
                "{} – {}",
                format_time(ctx.lang, s.starts_at),
                crate::calendar::when::utc_to_london(s.ends_at).1
            ),
            title: s.title,
            description: s.description,
        })
        .collect();
    let at = now();
    let mut layout =
        Layout::titled(ctx, event.fields.title.clone()).with_crumbs(&[("events-title", "/events")]);
    let has_errors = !errors.is_empty();
    if has_errors {
        layout.mark_errors();
    }
    let offered = event.fields.registration_types.clone();
    let kind = if form.kind.is_empty() && offered.len() == 1 {
        offered[0].clone()
    } else {
        form.kind.clone()
    };
    let questions = QUESTIONS
        .iter()
        .map(|(q, answers)| QuestionView {
            code: q,
            label: ctx.lang.t(&format!("monitoring-q-{q}")),
            answers: choices(ctx, "monitoring-a-", answers, |_| false),
        })
        .collect();
    render_form(
        has_errors,
        &ShowView {
            layout,
            when: format_time(ctx.lang, event.fields.starts_at),
            ends: format_time(ctx.lang, event.fields.ends_at),
            access: event
                .fields
                .venue_access
                .iter()
                .map(|c| ctx.lang.t(&format!("meetings-access-{c}")))
                .collect(),
            sessions,
            coordinator,
            window: match event.window(at) {
                Window::NotYet => "not_yet",
                Window::Open => "open",
                Window::Closed => "closed",
            },
            opens: format_time(ctx.lang, event.fields.registration_opens_at),
            closes: format_time(ctx.lang, event.fields.registration_closes_at),
            is_over: event.is_over(at),
            kinds: choices(
                ctx,
                "events-type-",
                &REGISTRATION_TYPES
                    .iter()
                    .copied()
                    .filter(|t| offered.iter().any(|o| o == t))
                    .collect::<Vec<_>>(),
                |c| c == kind,
            ),
            needs: choices(ctx, "events-need-", &ACCESS_NEEDS, |c| form.needs(c)),
            dietary: choices(ctx, "events-diet-", &DIETARY, |c| form.eats(c)),
            questions,
            errors,
            form,
            session_form,
            holidays: if coordinator {
                crate::calendar::bank_holidays::warnings(ctx, event.fields.starts_at, &[])
            } else {
                Vec::new()
            },
            event,
        },
    )
}

/// `GET /events/{slug}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let event = visible(&state, &ctx, &slug).await?;
    // Signed in: the form starts with the account's name and address.
    let form = match &ctx.user {
        Some(user) => RegistrationForm {
            name: user.name.clone(),
            email: user.email.clone(),
            ..RegistrationForm::default()
        },
        None => RegistrationForm::default(),
    };
    show_page(
        &state,
        &ctx,
        event,
        FieldErrors::new(ctx.lang),
        form,
        SessionForm::default(),
    )
    .await
}

/// `GET /events/{slug}/calendar.ics`.
pub async fn calendar_file(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let event = visible(&state, &ctx, &slug).await?;
    let url = state.config.link(&format!("/events/{}", event.slug));
    Ok(crate::calendar::ics::download(
        &format!("{}.ics", event.slug),
        ics::file(&event, &url, false),
    ))
}

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
    let has_errors = !errors.is_empty();
    if has_errors {
        layout.mark_errors();
    }
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
    let form: EventForm = crate::orgs::parse_form(&body)?;
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
pub async fn show_edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let event = visible(&state, &ctx, &slug).await?;
    form_page(
        &ctx,
        ctx.lang.t_args(
            "events-edit-title",
            &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
        ),
        format!("/events/{slug}/edit"),
        FieldErrors::new(ctx.lang),
        EventForm::from_fields(&event.fields),
    )
}

/// `POST /events/{slug}/edit`.
pub async fn edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let event = visible(&state, &ctx, &slug).await?;
    let form: EventForm = crate::orgs::parse_form(&body)?;
    let title = ctx.lang.t_args(
        "events-edit-title",
        &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
    );
    let action = format!("/events/{slug}/edit");
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
        Redirect::to(&format!("/events/{slug}")),
    )
        .into_response())
}

/// The programme form on the event page.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SessionForm {
    pub action: String,
    pub session_id: String,
    pub session_title: String,
    pub session_description: String,
    pub session_date: String,
    pub session_time: String,
    pub session_end_time: String,
}

/// `POST /events/{slug}/sessions`: add or remove a session in the programme.
pub async fn change_sessions(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let event = visible(&state, &ctx, &slug).await?;
    let form: SessionForm = crate::orgs::parse_form(&body)?;
    if form.action == "remove" {
        let id: i64 = form
            .session_id
            .parse()
            .map_err(|_| AppError::BadRequest(None))?;
        model::remove_session(&state.db, event.id, id).await?;
        return Ok((
            Flash("events-flash-session-removed"),
            Redirect::to(&format!("/events/{slug}#programme")),
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
        Redirect::to(&format!("/events/{slug}#programme")),
    )
        .into_response())
}
