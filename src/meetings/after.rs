//! After the meeting (coordinators, on the meeting's page): minutes in a public and a
//! private part plus outcomes, follow-up actions (owner, due date, done), the people who
//! attended, and attached files — each attachment public or private. Public minutes,
//! outcomes and public attachments appear on a public meeting's page; the rest only to
//! coordinators. `/meetings/actions` lists every open action.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::after::{self as model, Action, Minutes};
use super::model::{Meeting, MeetingId};
use super::show::{show_page, Draft};
use crate::error::{AppError, AppResult};
use crate::files::{kind, store, MAX_FILE_BYTES};
use crate::forms::{check_text, FieldErrors};
use crate::http::{multipart, Ctx, Flash, Found};
use crate::state::AppState;
use crate::views::{render, Layout};

fn back(id: MeetingId, anchor: &str) -> Response {
    (
        Flash("meetings-flash-saved"),
        Redirect::to(&format!("/meetings/{id}#{anchor}")),
    )
        .into_response()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MinutesForm {
    minutes_public: String,
    minutes_private: String,
    outcomes: String,
}

/// `POST /meetings/{id}/minutes`.
pub async fn save_minutes(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let form: MinutesForm = crate::http::parse_form(&body)?;
    let minutes = Minutes {
        public: form.minutes_public.trim().to_string(),
        private: form.minutes_private.trim().to_string(),
        outcomes: form.outcomes.trim().to_string(),
    };
    let mut errors = FieldErrors::new(ctx.lang);
    for (field, value) in [
        ("minutes_public", &minutes.public),
        ("minutes_private", &minutes.private),
        ("outcomes", &minutes.outcomes),
    ] {
        if value.chars().count() > 50_000 {
            errors.add(field, "meetings-error-too-long");
        }
    }
    if !errors.is_empty() {
        let draft = Draft {
            minutes: Some(minutes),
            ..Draft::default()
        };
        return show_page(&state, &ctx, meeting, errors, draft).await;
    }
    model::save_minutes(&state.db, meeting.id, &minutes).await?;
    Ok(back(meeting.id, "minutes"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ActionForm {
    action: String,
    action_id: String,
    description: String,
    owner_id: String,
    due_on: String,
}

/// `POST /meetings/{id}/actions`: add a follow-up action, or mark one done or not done.
pub async fn change_actions(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let form: ActionForm = crate::http::parse_form(&body)?;
    match form.action.as_str() {
        "add" => {
            let mut errors = FieldErrors::new(ctx.lang);
            check_text(
                &mut errors,
                "action_description",
                &form.description,
                1_000,
                "after-error-action",
                "meetings-error-too-long",
            );
            let due = form.due_on.trim();
            if !due.is_empty() && chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").is_err() {
                errors.add("action_due", "meetings-error-date");
            }
            let coordinators = crate::orgs::model::outreach::coordinators(&state.db).await?;
            let owner = form
                .owner_id
                .parse::<i64>()
                .ok()
                .filter(|id| coordinators.iter().any(|(c, _)| c == id));
            if !errors.is_empty() {
                let draft = Draft {
                    action_description: form.description.clone(),
                    action_due: form.due_on.clone(),
                    ..Draft::default()
                };
                return show_page(&state, &ctx, meeting, errors, draft).await;
            }
            model::add_action(&state.db, meeting.id, form.description.trim(), owner, due).await?;
        }
        "done" | "undo" => {
            let action_id: i64 = form
                .action_id
                .parse()
                .map_err(|_| AppError::BadRequest(None))?;
            if !model::set_action_done(&state.db, meeting.id, action_id, form.action == "done")
                .await?
            {
                return Err(AppError::NotFound);
            }
        }
        _ => return Err(AppError::BadRequest(None)),
    }
    Ok(back(meeting.id, "actions"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PeopleForm {
    action: String,
    person_id: String,
    name: String,
    organisation: String,
}

/// `POST /meetings/{id}/people`: add or remove someone attending.
pub async fn change_people(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let form: PeopleForm = crate::http::parse_form(&body)?;
    match form.action.as_str() {
        "add" => {
            let mut errors = FieldErrors::new(ctx.lang);
            check_text(
                &mut errors,
                "person_name",
                &form.name,
                100,
                "error-name-missing",
                "error-name-too-long",
            );
            if form.organisation.trim().chars().count() > 200 {
                errors.add("person_organisation", "meetings-error-too-long");
            }
            if !errors.is_empty() {
                let draft = Draft {
                    person_name: form.name.clone(),
                    person_organisation: form.organisation.clone(),
                    ..Draft::default()
                };
                return show_page(&state, &ctx, meeting, errors, draft).await;
            }
            model::add_person(
                &state.db,
                meeting.id,
                form.name.trim(),
                form.organisation.trim(),
            )
            .await?;
        }
        "remove" => {
            let person: i64 = form
                .person_id
                .parse()
                .map_err(|_| AppError::BadRequest(None))?;
            model::remove_person(&state.db, meeting.id, person).await?;
        }
        _ => return Err(AppError::BadRequest(None)),
    }
    Ok(back(meeting.id, "people"))
}

/// `POST /meetings/{id}/attachments` (multipart): a file, typed by its content, and whether
/// it may be shown with the public meeting.
pub async fn upload(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let parts = multipart::from_request(&headers, body).await?;
    let is_public = multipart::field(&parts, "is_public")
        .map(multipart::Part::text)
        .unwrap_or_default()
        == "1";
    let file = multipart::required_file(&parts, "file");
    let mut errors = FieldErrors::new(ctx.lang);
    let Some(file) = file else {
        errors.add("file", "files-error-missing");
        return show_page(&state, &ctx, meeting, errors, Draft::default()).await;
    };
    let name: String = file
        .file_name
        .clone()
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if file.data.len() > MAX_FILE_BYTES {
        errors.add("file", "files-error-too-big");
    } else if name.trim().is_empty() {
        errors.add("file", "files-error-missing");
    }
    let detected = if errors.is_empty() {
        Some(kind::detect(&name, &file.data))
    } else {
        None
    };
    if let Some(Err(problem)) = &detected {
        errors.add("file", problem.message_key());
    }
    let Some(Ok(kind)) = detected else {
        return show_page(&state, &ctx, meeting, errors, Draft::default()).await;
    };
    let sha = store::put(&state.blobs, &file.data).await?;
    model::add_attachment(
        &state.db,
        meeting.id,
        name.trim(),
        &sha,
        file.data.len() as i64,
        kind.media_type(),
        is_public,
        user.id.0,
    )
    .await?;
    Ok(back(meeting.id, "attachments"))
}

/// `GET /meetings/{id}/attachments/{file}`: public files of public meetings for everyone,
/// the rest for coordinators only.
pub async fn download(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(meeting): Found<Meeting>,
    Path((_, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let file_id: i64 = file.parse().map_err(|_| AppError::NotFound)?;
    let attachment = model::attachments(&state.db, meeting.id)
        .await?
        .into_iter()
        .find(|a| a.id == file_id && (a.is_public || coordinator))
        .ok_or(AppError::NotFound)?;
    let kind = kind::Kind::from_media_type(&attachment.media_type).ok_or(AppError::NotFound)?;
    let data = store::get(&state.blobs, &attachment.sha256).await?;
    let cache = if attachment.is_public && meeting.fields.is_public {
        "public, max-age=300"
    } else {
        "private, no-store"
    };
    Ok(crate::http::download::stored_file(
        &attachment.name,
        kind.media_type(),
        kind.is_image(),
        data,
        cache,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RemoveForm {
    attachment_id: String,
}

/// `POST /meetings/{id}/attachments/remove`.
pub async fn remove_attachment(
    State(state): State<AppState>,
    Found(meeting): Found<Meeting>,
    body: Bytes,
) -> AppResult<Response> {
    let form: RemoveForm = crate::http::parse_form(&body)?;
    let attachment: i64 = form
        .attachment_id
        .parse()
        .map_err(|_| AppError::BadRequest(None))?;
    model::remove_attachment(&state.db, meeting.id, attachment).await?;
    Ok(back(meeting.id, "attachments"))
}

#[derive(Template)]
#[template(path = "meetings/actions.html")]
struct ActionsView {
    layout: Layout,
    actions: Vec<Action>,
    today: String,
}

/// `GET /meetings/actions`: every open follow-up action, soonest due first.
pub async fn open_actions(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&ActionsView {
        layout: Layout::new(&ctx, "after-actions-title")
            .with_crumbs(&[("meetings-title", "/meetings")]),
        actions: model::open_actions(&state.db).await?,
        today: crate::calendar::when::utc_to_london(crate::storage::now()).0,
    })
}
