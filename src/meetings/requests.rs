//! "Let's meet" (`/meetings/request`): a public form, no account needed, for an
//! organisation to ask to meet — who they are, what about, when suits, and access needs.
//! Requests wait in the coordinators' queue (`/meetings/requests`), where each can become a
//! meeting straight away, a time poll, or be declined with a reason (the requester is
//! e-mailed each time). Honeypot and per-address rate limit, as on every public form.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{validate, MeetingForm};
use super::model::requests::{self as model, MeetingRequest, RequestFields};
use super::workflows;
use crate::auth::throttle;
use crate::calendar::access_needs::{known, ACCESS_NEEDS};
use crate::error::{AppError, AppResult};
use crate::forms::{check_email, check_text, FieldErrors};
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::state::AppState;
use crate::views::{choices, format_time, render, render_form, Choice, Layout};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub organisation_name: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub topic: String,
    pub when_suits: String,
    pub access_needs: Vec<String>,
    pub access_other: String,
    pub fax_number: String,
}

fn check(form: &RequestForm, lang: Lang) -> Result<RequestFields, FieldErrors> {
    let mut errors = FieldErrors::new(lang);
    check_text(
        &mut errors,
        "organisation_name",
        &form.organisation_name,
        200,
        "request-error-organisation",
        "meetings-error-too-long",
    );
    check_text(
        &mut errors,
        "contact_name",
        &form.contact_name,
        100,
        "error-name-missing",
        "error-name-too-long",
    );
    check_email(&mut errors, "contact_email", &form.contact_email);
    if form.contact_phone.trim().chars().count() > 40 {
        errors.add("contact_phone", "meetings-error-too-long");
    }
    check_text(
        &mut errors,
        "topic",
        &form.topic,
        5_000,
        "request-error-topic",
        "meetings-error-too-long",
    );
    for (field, value) in [
        ("when_suits", &form.when_suits),
        ("access_other", &form.access_other),
    ] {
        if value.trim().chars().count() > 2_000 {
            errors.add(field, "meetings-error-too-long");
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(RequestFields {
        organisation_name: form.organisation_name.trim().to_string(),
        contact_name: form.contact_name.trim().to_string(),
        contact_email: form.contact_email.trim().to_lowercase(),
        contact_phone: form.contact_phone.trim().to_string(),
        topic: form.topic.trim().to_string(),
        when_suits: form.when_suits.trim().to_string(),
        access_needs: known(&ACCESS_NEEDS, &form.access_needs),
        access_other: form.access_other.trim().to_string(),
    })
}

#[derive(Template)]
#[template(path = "meetings/request_form.html")]
struct FormView {
    layout: Layout,
    errors: FieldErrors,
    form: RequestForm,
    needs: Vec<Choice>,
}

fn form_page(ctx: &RequestContext, errors: FieldErrors, form: RequestForm) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "request-title").with_crumbs(&[("meetings-title", "/meetings")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &FormView {
            layout,
            needs: choices(ctx, "events-need-", &ACCESS_NEEDS, |c| {
                form.access_needs.iter().any(|n| n == c)
            }),
            errors,
            form,
        },
    )
}

/// `GET /meetings/request`.
pub async fn show_form(Ctx(ctx): Ctx) -> AppResult<Response> {
    form_page(&ctx, FieldErrors::new(ctx.lang), RequestForm::default())
}

/// `POST /meetings/request`.
pub async fn submit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let form: RequestForm = crate::http::parse_form(&body)?;
    if !form.fax_number.is_empty() {
        return Ok(Redirect::to("/meetings/request/sent").into_response());
    }
    let fields = match check(&form, ctx.lang) {
        Ok(fields) => fields,
        Err(errors) => return form_page(&ctx, errors, form),
    };
    if let Some(wait) =
        throttle::check_public_form(&state.db, "meeting-request", &ctx.client_ip.to_string())
            .await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    model::create(&state.db, &fields, ctx.lang.code()).await?;
    messages::send_keyed(
        &state.db,
        ctx.lang,
        "meeting-request-received",
        &fields.contact_email,
        &[
            ("name", Arg::from(fields.contact_name.clone())),
            ("organisation", Arg::from(fields.organisation_name.clone())),
        ],
    )
    .await?;
    Ok(Redirect::to("/meetings/request/sent").into_response())
}

#[derive(Template)]
#[template(path = "meetings/request_sent.html")]
struct SentView {
    layout: Layout,
}

/// `GET /meetings/request/sent`.
pub async fn sent(Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&SentView {
        layout: Layout::new(&ctx, "request-sent-title")
            .with_crumbs(&[("meetings-title", "/meetings")]),
    })
}

struct QueueRow {
    id: model::RequestId,
    organisation: String,
    topic: String,
    received: String,
    status: String,
}

#[derive(Template)]
#[template(path = "meetings/requests.html")]
struct QueueView {
    layout: Layout,
    waiting: Vec<QueueRow>,
    handled: Vec<QueueRow>,
}

/// `GET /meetings/requests`: the coordinators' queue.
pub async fn queue(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let all = model::queue(&state.db).await?;
    let row = |r: &MeetingRequest| QueueRow {
        id: r.id,
        organisation: r.fields.organisation_name.clone(),
        topic: r.fields.topic.chars().take(120).collect(),
        received: format_time(ctx.lang, r.created_at),
        status: ctx.lang.t(&format!("request-status-{}", r.status)),
    };
    render(&QueueView {
        layout: Layout::new(&ctx, "requests-title").with_crumbs(&[("meetings-title", "/meetings")]),
        waiting: all.iter().filter(|r| r.status == "new").map(row).collect(),
        handled: all.iter().filter(|r| r.status != "new").map(row).collect(),
    })
}

#[derive(Template)]
#[template(path = "meetings/request_show.html")]
struct ShowView {
    layout: Layout,
    request: MeetingRequest,
    status: String,
    received: String,
    needs: Vec<String>,
    /// The directory record with exactly this name, if any: (slug, name).
    existing: Option<(String, String)>,
    errors: FieldErrors,
    meeting: MeetingForm,
    reason: String,
}

async fn show_page(
    state: &AppState,
    ctx: &RequestContext,
    request: MeetingRequest,
    errors: FieldErrors,
    meeting: MeetingForm,
    reason: String,
) -> AppResult<Response> {
    let existing = match request.organisation_id {
        Some(id) => crate::orgs::model::find_by_id(&state.db, id).await?,
        None => {
            crate::orgs::model::find_by_exact_name(&state.db, &request.fields.organisation_name)
                .await?
        }
    }
    .map(|o| (o.slug, o.fields.name));
    let mut layout = Layout::titled(ctx, request.fields.organisation_name.clone()).with_crumbs(&[
        ("meetings-title", "/meetings"),
        ("requests-title", "/meetings/requests"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ShowView {
            layout,
            status: ctx.lang.t(&format!("request-status-{}", request.status)),
            received: format_time(ctx.lang, request.created_at),
            needs: request
                .fields
                .access_needs
                .iter()
                .map(|c| ctx.lang.t(&format!("events-need-{c}")))
                .collect(),
            existing,
            errors,
            meeting,
            reason,
            request,
        },
    )
}

fn meeting_form_for(request: &MeetingRequest) -> MeetingForm {
    MeetingForm {
        title: format!("Meeting with {}", request.fields.organisation_name),
        purpose: request.fields.topic.clone(),
        ..MeetingForm::blank()
    }
}

/// `GET /meetings/requests/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(request): Found<MeetingRequest>,
) -> AppResult<Response> {
    let meeting = meeting_form_for(&request);
    show_page(
        &state,
        &ctx,
        request,
        FieldErrors::new(ctx.lang),
        meeting,
        String::new(),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct HandleForm {
    action: String,
    reason: String,
}

/// `POST /meetings/requests/{id}`: schedule a meeting, start a time poll, or decline.
pub async fn handle(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(request): Found<MeetingRequest>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let by = (user.id.0, user.name.as_str());
    let action: HandleForm = crate::http::parse_form(&body)?;
    match action.action.as_str() {
        "schedule" => {
            let mut form: MeetingForm = crate::http::parse_form(&body)?;
            form.status = "proposed".into();
            form.is_public = String::new();
            let fields = match validate(&form, ctx.lang) {
                Ok(fields) => fields,
                Err(errors) => {
                    return show_page(&state, &ctx, request, errors, form, String::new()).await
                }
            };
            let meeting_id =
                workflows::schedule_request(&state.db, &state.config, &request, &fields, by)
                    .await?;
            Ok((
                Flash("request-flash-scheduled"),
                Redirect::to(&format!("/meetings/{meeting_id}")),
            )
                .into_response())
        }
        "poll" => {
            model::link_organisation(&state.db, &request, by).await?;
            Ok(
                Redirect::to(&format!("/meetings/polls/new?request={}", request.id))
                    .into_response(),
            )
        }
        "decline" => {
            let reason = action.reason.trim();
            if reason.is_empty() || reason.chars().count() > 2_000 {
                let mut errors = FieldErrors::new(ctx.lang);
                errors.add("reason", "request-error-reason");
                let meeting = meeting_form_for(&request);
                return show_page(&state, &ctx, request, errors, meeting, action.reason).await;
            }
            workflows::decline_request(&state.db, &request, reason, user.id.0).await?;
            Ok((
                Flash("request-flash-declined"),
                Redirect::to("/meetings/requests"),
            )
                .into_response())
        }
        _ => Err(AppError::BadRequest(None)),
    }
}
