//! Meeting pages: the list at `/meetings` (upcoming and past), a meeting's page and its
//! `.ics`, and the coordinators' schedule and change forms. Private meetings exist only for
//! coordinators: to everyone else they are "not found".

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::ics;
use super::model::after::{self as after_model, Action, Attachment, Minutes, Person};
use super::model::{self, Meeting, MeetingId};
use super::taking_part::{self, TakingPart};
use crate::calendar::when;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{format_time, render, render_form, Layout};

/// A meeting as a list shows it.
struct Row {
    id: MeetingId,
    title: String,
    when: String,
    status: String,
    place: String,
    is_public: bool,
}

fn place(ctx: &RequestContext, m: &Meeting) -> String {
    match (m.fields.venue.is_empty(), m.fields.online_url.is_empty()) {
        (false, false) => format!("{} {}", m.fields.venue, ctx.lang.t("meetings-and-online")),
        (false, true) => m.fields.venue.clone(),
        _ => ctx.lang.t("meetings-online"),
    }
}

fn row(ctx: &RequestContext, m: &Meeting) -> Row {
    Row {
        id: m.id,
        title: m.fields.title.clone(),
        when: format_time(ctx.lang, m.fields.starts_at),
        status: ctx.lang.t(&format!("meetings-status-{}", m.fields.status)),
        place: place(ctx, m),
        is_public: m.fields.is_public,
    }
}

#[derive(Template)]
#[template(path = "meetings/list.html")]
struct ListView {
    layout: Layout,
    upcoming: Vec<Row>,
    past: Vec<Row>,
    coordinator: bool,
    /// Links to the pages of earlier and later past meetings.
    earlier: Option<i64>,
    later: Option<i64>,
}

/// `GET /meetings`.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    let page = q.page.parse::<i64>().unwrap_or(0).clamp(0, 10_000);
    crate::views::page_cache::cached(&cache, &ctx, || build_list(&state, &ctx, page)).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// Which page of past meetings (from 0).
    page: String,
}

async fn build_list(state: &AppState, ctx: &RequestContext, page: i64) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let (upcoming, past, more) = model::lists(&state.db, !coordinator, page).await?;
    render(&ListView {
        layout: Layout::titled(ctx, ctx.lang.t("meetings-title")),
        upcoming: upcoming.iter().map(|m| row(ctx, m)).collect(),
        past: past.iter().map(|m| row(ctx, m)).collect(),
        coordinator,
        earlier: more.then_some(page + 1),
        later: (page > 0).then_some(page - 1),
    })
}

#[derive(Template)]
#[template(path = "meetings/show.html")]
struct ShowView {
    layout: Layout,
    meeting: Meeting,
    when: String,
    ends: String,
    status: String,
    access: Vec<String>,
    coordinator: bool,
    /// Coordinators see every organisation taking part; others only those that agreed to be named.
    taking_part: Vec<TakingPart>,
    consents: Vec<(&'static str, String)>,
    errors: FieldErrors,
    draft: Draft,
    /// Bank holidays on the meeting's date, in words (shown to coordinators).
    holidays: Vec<String>,
    minutes: Minutes,
    actions: Vec<Action>,
    people: Vec<Person>,
    attachments: Vec<Attachment>,
    coordinators: Vec<(i64, String)>,
    /// The plan's outputs this is evidence for.
    part_of: Vec<(crate::plan::model::OutputId, String)>,
}

/// What a coordinator typed into one of the meeting page's small forms, kept when it is
/// refused. `minutes` replaces the saved minutes in the form when present.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub organisation: String,
    pub create_organisation: bool,
    pub action_description: String,
    pub action_due: String,
    pub person_name: String,
    pub person_organisation: String,
    pub minutes: Option<Minutes>,
}

pub async fn show_page(
    state: &AppState,
    ctx: &RequestContext,
    meeting: Meeting,
    errors: FieldErrors,
    mut draft: Draft,
) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let access = meeting
        .fields
        .venue_access
        .iter()
        .map(|c| ctx.lang.t(&format!("meetings-access-{c}")))
        .collect();
    let mut taking_part = taking_part::list(&state.db, meeting.id).await?;
    // The nations concerned are those of the organisations taking part.
    let nations = if coordinator {
        taking_part::nations(&state.db, meeting.id).await?
    } else {
        Vec::new()
    };

    if !coordinator {
        taking_part.retain(|t| t.consent == "yes");
    }
    let minutes = match draft.minutes.take() {
        Some(m) => m,
        None => after_model::minutes(&state.db, meeting.id).await?,
    };
    let mut attachments = after_model::attachments(&state.db, meeting.id).await?;
    let (actions, people, coordinators) = if coordinator {
        (
            after_model::actions(&state.db, meeting.id).await?,
            after_model::people(&state.db, meeting.id).await?,
            crate::orgs::model::outreach::coordinators(&state.db).await?,
        )
    } else {
        attachments.retain(|a| a.is_public);
        (Vec::new(), Vec::new(), Vec::new())
    };
    let mut layout = Layout::titled(ctx, meeting.fields.title.clone())
        .with_crumbs(&[("meetings-title", "/meetings")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ShowView {
            layout,
            when: format_time(ctx.lang, meeting.fields.starts_at),
            ends: format_time(ctx.lang, meeting.ends_at()),
            status: ctx
                .lang
                .t(&format!("meetings-status-{}", meeting.fields.status)),
            access,
            coordinator,
            taking_part,
            consents: taking_part::CONSENTS
                .iter()
                .map(|c| (*c, ctx.lang.t(&format!("meetings-consent-{c}"))))
                .collect(),
            errors,
            draft,
            minutes,
            actions,
            people,
            attachments,
            coordinators,
            part_of: crate::plan::model::outputs_evidenced_by(
                &state.db,
                crate::plan::model::EvidenceKind::Meeting,
                meeting.id.0,
            )
            .await?,
            holidays: if coordinator {
                crate::calendar::bank_holidays::warnings(ctx, meeting.fields.starts_at, &nations)
            } else {
                Vec::new()
            },
            meeting,
        },
    )
}

/// `GET /meetings/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
) -> AppResult<Response> {
    show_page(
        &state,
        &ctx,
        meeting,
        FieldErrors::new(ctx.lang),
        Draft::default(),
    )
    .await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct TakingPartForm {
    action: String,
    /// The organisation's address (its short name) or its exact name, to add it.
    organisation: String,
    organisation_id: String,
    consent: String,
    /// "1": create a new record when no organisation has this name.
    create: String,
}

/// `POST /meetings/{id}/organisations`: add an organisation, record its consent to be
/// named, or remove it.
pub async fn change_taking_part(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: TakingPartForm = crate::http::parse_form(&body)?;
    let back = format!("/meetings/{}", meeting.id);
    let held_on = when::utc_to_london(meeting.fields.starts_at).0;
    match form.action.as_str() {
        "add" => {
            let wanted = form.organisation.trim();
            let slug = wanted.rsplit('/').next().unwrap_or_default();
            let found = match crate::orgs::model::find_by_slug(&state.db, slug).await? {
                Some(org) => Some(org),
                None => crate::orgs::model::find_by_exact_name(&state.db, wanted).await?,
            };
            let org_id = match found.filter(|o| o.merged_into.is_none()) {
                Some(org) => org.id,
                // Created on the spot: an unlisted record a coordinator can complete later.
                None if form.create == "1"
                    && !wanted.is_empty()
                    && wanted.chars().count() <= 200 =>
                {
                    taking_part::create_organisation(&state.db, wanted, (user.id.0, &user.name))
                        .await?
                }
                None => {
                    let mut errors = FieldErrors::new(ctx.lang);
                    errors.add("organisation", "meetings-error-organisation");
                    let draft = Draft {
                        organisation: form.organisation.clone(),
                        create_organisation: true,
                        ..Draft::default()
                    };
                    return show_page(&state, &ctx, meeting, errors, draft).await;
                }
            };
            taking_part::add(&state.db, meeting.id, org_id).await?;
            if meeting.fields.status == "held" {
                taking_part::record_met(
                    &state.db,
                    org_id,
                    &meeting.fields.title,
                    &held_on,
                    (user.id.0, &user.name),
                )
                .await?;
            }
        }
        "consent" | "remove" => {
            let org_id: crate::orgs::model::OrganisationId = form
                .organisation_id
                .parse()
                .map_err(|_| AppError::BadRequest(None))?;
            if form.action == "remove" {
                taking_part::remove(&state.db, meeting.id, org_id).await?;
            } else if let Some(consent) = taking_part::Consent::from_code(&form.consent) {
                taking_part::set_consent(&state.db, meeting.id, org_id, consent).await?;
            } else {
                return Err(AppError::BadRequest(None));
            }
        }
        _ => return Err(AppError::BadRequest(None)),
    }
    Ok((Flash("meetings-flash-saved"), Redirect::to(&back)).into_response())
}

/// `GET /meetings/{id}/calendar.ics`: the meeting for a calendar program.
pub async fn calendar_file(
    State(state): State<AppState>,
    Found(meeting): Found<Meeting>,
) -> AppResult<Response> {
    let url = state.config.link(&format!("/meetings/{}", meeting.id));
    Ok(crate::calendar::ics::download(
        "meeting.ics",
        ics::file(&meeting, &url),
    ))
}
