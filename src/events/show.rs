//! Event pages: `/events` (upcoming and past), an event's page with its programme, access
//! information, easy-read summary and registration form, its `.ics`, and the organisers'
//! add and change forms and programme editing. Private events exist only for coordinators.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::form::RegistrationForm;
use super::form::SessionForm;
use super::ics;
use super::model::{self, Event, Session, Window, REGISTRATION_TYPES};
use super::monitoring::QUESTIONS;
use crate::calendar::access_needs::{ACCESS_NEEDS, DIETARY};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Found, RequestContext};
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
    /// The plan's outputs this is evidence for.
    part_of: Vec<(crate::plan::model::OutputId, String)>,
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
    let has_errors = layout.mark_errors_if(&errors);
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
            part_of: crate::plan::model::outputs_evidenced_by(
                &state.db,
                crate::plan::model::EvidenceKind::Event,
                event.id.0,
            )
            .await?,
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
    Found(event): Found<Event>,
) -> AppResult<Response> {
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
    Found(event): Found<Event>,
) -> AppResult<Response> {
    let url = state.config.link(&format!("/events/{}", event.slug));
    Ok(crate::calendar::ics::download(
        &format!("{}.ics", event.slug),
        ics::file(&event, &url, false),
    ))
}
