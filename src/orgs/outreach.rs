//! Outreach, for coordinators only: an organisation's pipeline stage, owner and next action,
//! its contact people (with export and erasure), private notes and the activity log
//! (`/organisations/{slug}/outreach`). The board of every organisation is in `board`.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::outreach::{
    self as om, Activity, Contact, Note, OutreachStage, Pipeline, ACTIVITY_KINDS, CONTACT_WAYS,
    STAGES,
};
use super::model::{self, Organisation};
use crate::error::{AppError, AppResult};
use crate::forms::{is_valid_email, FieldErrors};
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

/// Today in Europe/London, as YYYY-MM-DD.
pub fn today() -> String {
    crate::calendar::when::london_today()
}

fn valid_date(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutreachForm {
    /// `pipeline`, `contact`, `erase_contact`, `note` or `activity`.
    pub action: String,
    pub stage: String,
    pub owner_id: String,
    pub next_action: String,
    pub next_action_due: String,
    pub contact_name: String,
    pub contact_role: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub preferred_contact: String,
    pub access_needs: String,
    pub contact_id: String,
    pub note: String,
    pub kind: String,
    pub happened_on: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "orgs/outreach.html")]
struct OutreachView {
    layout: Layout,
    org: Organisation,
    pipeline: Pipeline,
    contacts: Vec<Contact>,
    notes: Vec<Note>,
    activities: Vec<Activity>,
    coordinators: Vec<(i64, String)>,
    errors: FieldErrors,
    form: OutreachForm,
    today: String,
}

impl OutreachView {
    fn stage_label(&self, stage: &str) -> String {
        self.layout
            .t(&format!("outreach-stage-{}", stage.replace('_', "-")))
    }
    fn kind_label(&self, kind: &str) -> String {
        self.layout.t(&format!("outreach-kind-{kind}"))
    }
    fn way_label(&self, way: &str) -> String {
        if way.is_empty() {
            String::new()
        } else {
            self.layout.t(&format!("outreach-way-{way}"))
        }
    }
    fn stages(&self) -> &'static [&'static str] {
        STAGES
    }
    fn kinds(&self) -> &'static [&'static str] {
        &ACTIVITY_KINDS
    }
    fn ways(&self) -> &'static [&'static str] {
        &CONTACT_WAYS
    }
    /// The activity date to show: what was typed, or today.
    fn happened_on(&self) -> String {
        if self.form.happened_on.is_empty() {
            self.today.clone()
        } else {
            self.form.happened_on.clone()
        }
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
    errors: FieldErrors,
    form: OutreachForm,
) -> AppResult<Response> {
    let org = model::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let title = ctx.lang.t_args(
        "outreach-org-title",
        &[("name", org.fields.name.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("outreach-title", "/outreach")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = OutreachView {
        layout,
        pipeline: om::pipeline(&state.db, org.id).await?,
        contacts: om::contacts(&state.db, org.id).await?,
        notes: om::notes(&state.db, org.id).await?,
        activities: om::activities(&state.db, org.id).await?,
        coordinators: om::coordinators(&state.db).await?,
        org,
        errors,
        form,
        today: today(),
    };
    render_form(has_errors, &view)
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    page(
        &state,
        &ctx,
        &slug,
        FieldErrors::new(ctx.lang),
        OutreachForm::default(),
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: OutreachForm = crate::http::parse_form(&body)?;
    let slug = org.slug.clone();
    let mut errors = FieldErrors::new(ctx.lang);
    let back = format!("/organisations/{slug}/outreach");
    match form.action.as_str() {
        "pipeline" => {
            let stage = OutreachStage::from_code(&form.stage);
            if stage.is_none() {
                errors.add("stage", "orgs-error-choose");
            }
            let owner_id = if form.owner_id.is_empty() {
                None
            } else {
                form.owner_id.parse::<i64>().ok()
            };
            if !form.owner_id.is_empty() && owner_id.is_none_or(|o| o <= 0) {
                errors.add("owner_id", "orgs-error-choose");
            }
            if !form.next_action_due.is_empty() && !valid_date(&form.next_action_due) {
                errors.add("next_action_due", "outreach-error-date");
            }
            if form.next_action.chars().count() > 500 {
                errors.add("next_action", "orgs-error-too-long");
            }
            if !errors.is_empty() {
                return page(&state, &ctx, &slug, errors, form).await;
            }
            let pipeline = Pipeline {
                stage: stage.unwrap_or(OutreachStage::Identified),
                owner_id,
                owner_name: String::new(),
                next_action: form.next_action.trim().to_string(),
                next_action_due: form.next_action_due.clone(),
            };
            om::set_pipeline(&state.db, org.id, &pipeline).await?;
            Ok((Flash("outreach-flash-saved"), Redirect::to(&back)).into_response())
        }
        "contact" => {
            if form.contact_name.trim().is_empty() {
                errors.add("contact_name", "error-name-missing");
            }
            if !form.contact_email.trim().is_empty() && !is_valid_email(form.contact_email.trim()) {
                errors.add("contact_email", "error-email-invalid");
            }
            if !form.preferred_contact.is_empty()
                && !CONTACT_WAYS.contains(&form.preferred_contact.as_str())
            {
                errors.add("preferred_contact", "orgs-error-choose");
            }
            for (field, value, max) in [
                ("contact_name", &form.contact_name, 200),
                ("contact_role", &form.contact_role, 200),
                ("contact_phone", &form.contact_phone, 40),
                ("access_needs", &form.access_needs, 2000),
            ] {
                if value.chars().count() > max {
                    errors.add(field, "orgs-error-too-long");
                }
            }
            if !errors.is_empty() {
                return page(&state, &ctx, &slug, errors, form).await;
            }
            let contact = Contact {
                id: 0,
                name: form.contact_name.trim().to_string(),
                role: form.contact_role.trim().to_string(),
                email: form.contact_email.trim().to_lowercase(),
                phone: form.contact_phone.trim().to_string(),
                preferred_contact: form.preferred_contact.clone(),
                access_needs: form.access_needs.trim().to_string(),
                created_at: 0,
                erased: false,
            };
            om::add_contact(&state.db, org.id, &contact).await?;
            Ok((Flash("outreach-flash-contact"), Redirect::to(&back)).into_response())
        }
        "erase_contact" => {
            let id: i64 = form
                .contact_id
                .parse()
                .map_err(|_| AppError::BadRequest(None))?;
            if !om::erase_contact(&state.db, org.id, id).await? {
                return Err(AppError::NotFound);
            }
            crate::auth::model::audit(
                &state.db,
                Some(user.id),
                "contact-erased",
                &format!("organisation-contact:{id}"),
                "",
            )
            .await?;
            Ok((Flash("outreach-flash-erased"), Redirect::to(&back)).into_response())
        }
        "note" => {
            let note = form.note.trim();
            if note.is_empty() || note.chars().count() > 5000 {
                errors.add(
                    "note",
                    if note.is_empty() {
                        "outreach-error-note"
                    } else {
                        "orgs-error-too-long"
                    },
                );
                return page(&state, &ctx, &slug, errors, form).await;
            }
            om::add_note(&state.db, org.id, (user.id.0, &user.name), note).await?;
            Ok((Flash("outreach-flash-note"), Redirect::to(&back)).into_response())
        }
        "activity" => {
            if !ACTIVITY_KINDS.contains(&form.kind.as_str()) {
                errors.add("kind", "orgs-error-choose");
            }
            if !valid_date(&form.happened_on) {
                errors.add("happened_on", "outreach-error-date");
            }
            if form.summary.trim().is_empty() || form.summary.chars().count() > 2000 {
                errors.add("summary", "outreach-error-summary");
            }
            if !errors.is_empty() {
                return page(&state, &ctx, &slug, errors, form).await;
            }
            om::add_activity(
                &state.db,
                org.id,
                &form.kind,
                &form.happened_on,
                form.summary.trim(),
                (user.id.0, &user.name),
            )
            .await?;
            Ok((Flash("outreach-flash-activity"), Redirect::to(&back)).into_response())
        }
        _ => Err(AppError::BadRequest(Some("error-form-unreadable"))),
    }
}

/// `GET /organisations/{slug}/contacts/{id}.json`: everything held about one contact person.
pub async fn export_contact(
    State(state): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let id: i64 = file
        .strip_suffix(".json")
        .and_then(|i| i.parse().ok())
        .ok_or(AppError::NotFound)?;
    let org = model::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let contact = om::contacts(&state.db, org.id)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(AppError::NotFound)?;
    let body =
        serde_json::json!({ "organisation": org.fields.name, "contact": contact }).to_string();
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"contact.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}
