//! Responding: `/consultations/{slug}/respond` (the response form: the consultation's
//! questions, who is responding, the optional self-description), and the personal link
//! `/consultations/{slug}/respond/{token}` that confirms a visitor's address and lets any
//! respondent finish or change their response while it is open. A visitor is told to
//! check their e-mail whatever the address, so nothing about an address is given away.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{self, Consultation, Phase, Question, Respondent, Saved, Saver};
use super::read::{phase_text, visible};
use super::respond_form::RespondForm;
use crate::auth::throttle;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::orgs::model as orgs;
use crate::state::AppState;
use crate::storage::now;
use crate::taxonomy;
use crate::views::{render_form, Choice, Layout};

/// One question as the form shows it.
pub struct QuestionView {
    pub field: String,
    pub kind: String,
    pub prompt: String,
    /// (value, words, chosen)
    pub choices: Vec<(String, String, bool)>,
    pub text: String,
}

pub fn question_views(
    ctx: &RequestContext,
    questions: &[Question],
    form: &RespondForm,
) -> Vec<QuestionView> {
    questions
        .iter()
        .map(|q| QuestionView {
            field: format!("q_{}", q.id.0),
            kind: q.kind.code().to_string(),
            prompt: q.prompt.clone(),
            choices: q
                .choices()
                .into_iter()
                .map(|value| {
                    let words = match q.kind {
                        model::QuestionKind::Scale => ctx.lang.t(&format!("consult-scale-{value}")),
                        _ => value.clone(),
                    };
                    let chosen = form.has(&q.id.0, &value);
                    (value, words, chosen)
                })
                .collect(),
            text: form.text(&q.id.0),
        })
        .collect()
}

/// Where the form posts, and what it is for.
#[derive(Clone, Debug)]
pub enum Target {
    /// A new response, or a signed-in participant's own.
    Mine,
    /// The holder of a personal link.
    Link(String),
    /// A coordinator entering a response received elsewhere.
    Received,
}

#[derive(Template)]
#[template(path = "consultations/respond.html")]
pub struct RespondPage {
    pub layout: Layout,
    pub c: Consultation,
    pub phase: String,
    pub action: String,
    pub questions: Vec<QuestionView>,
    pub form: RespondForm,
    pub errors: FieldErrors,
    pub open: bool,
    pub visitor: bool,
    pub received: bool,
    /// The response's state, when there is one: "draft" or "submitted".
    pub status: String,
    pub nations: Vec<Choice>,
    pub groups: Vec<Choice>,
    pub vias: Vec<Choice>,
}

impl RespondPage {
    fn field_error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(str::to_string)
    }
}

/// The response form for `c`.
pub async fn respond_page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    form: RespondForm,
    errors: FieldErrors,
    target: Target,
    status: &str,
) -> AppResult<Response> {
    let questions = model::questions(&state.db, c.id).await?;
    let action = match &target {
        Target::Mine => format!("/consultations/{}/respond", c.slug),
        Target::Link(token) => format!("/consultations/{}/respond/{token}", c.slug),
        Target::Received => format!("/consultations/{}/responses/new", c.slug),
    };
    let received = matches!(target, Target::Received);
    let title = ctx.lang.t_args(
        "consult-respond-title",
        &[("title", c.fields.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let nations = taxonomy::NATIONS
        .iter()
        .map(|code| Choice {
            code,
            label: taxonomy::label(ctx.lang, "nation", code),
            checked: form.nation == *code,
        })
        .collect();
    let groups = taxonomy::characteristics()
        .iter()
        .map(|code| Choice {
            code: code.as_str(),
            label: taxonomy::label(ctx.lang, "characteristic", code),
            checked: form.in_group(code),
        })
        .collect();
    let vias = crate::views::choices(
        ctx,
        "consult-via-",
        &model::ReceivedVia::CODES[1..],
        |code| form.received_via == code,
    );
    let view = RespondPage {
        layout,
        phase: phase_text(ctx, &c),
        action,
        questions: question_views(ctx, &questions, &form),
        open: c.phase(now()) == Phase::Open || (received && c.phase(now()) != Phase::Draft),
        visitor: ctx.user.is_none() && matches!(target, Target::Mine),
        received,
        status: status.to_string(),
        nations,
        groups,
        vias,
        c,
        form,
        errors,
    };
    render_form(has_errors, &view)
}

/// A form filled in from a saved response.
pub fn form_of(r: &model::Response) -> RespondForm {
    RespondForm {
        answers: r
            .answers
            .iter()
            .map(|(q, v)| (q.0, v.lines().map(str::to_string).collect()))
            .collect(),
        name: r.respondent.name.clone(),
        email: r.respondent.email.clone(),
        on_behalf: if r.respondent.organisation_id.is_some() {
            "organisation"
        } else {
            "self"
        }
        .to_string(),
        organisation: r.organisation_name.clone(),
        publish_name: if r.respondent.publish_name {
            "yes"
        } else {
            "no"
        }
        .to_string(),
        nation: r
            .profile
            .iter()
            .find(|(q, _)| q == "nation")
            .map(|(_, a)| a.clone())
            .unwrap_or_default(),
        groups: r
            .profile
            .iter()
            .filter(|(q, _)| q == "group")
            .map(|(_, a)| a.clone())
            .collect(),
        ..RespondForm::default()
    }
}

fn status_of(r: Option<&model::Response>) -> &'static str {
    match r {
        Some(r) if r.submitted => "submitted",
        Some(_) => "draft",
        None => "",
    }
}

/// `GET /consultations/{slug}/respond`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let mine = match &ctx.user {
        Some(u) => model::response_of_user(&state.db, c.id, u.id.0).await?,
        None => None,
    };
    let form = match (&mine, &ctx.user) {
        (Some(r), _) => form_of(r),
        (None, Some(u)) => RespondForm {
            name: u.name.clone(),
            ..RespondForm::default()
        },
        (None, None) => RespondForm::default(),
    };
    let status = status_of(mine.as_ref());
    respond_page(
        &state,
        &ctx,
        c,
        form,
        FieldErrors::new(ctx.lang),
        Target::Mine,
        status,
    )
    .await
}

/// Checks the form and finds the organisation named; the respondent, or the errors.
pub async fn read_respondent(
    state: &AppState,
    ctx: &RequestContext,
    form: &RespondForm,
    questions: &[Question],
    need_email: bool,
) -> AppResult<Result<(Respondent, model::Answers), FieldErrors>> {
    let checked = form.validate(ctx.lang, questions, need_email);
    let organisation_id =
        if form.on_behalf == "organisation" && !form.organisation.trim().is_empty() {
            match orgs::find_by_exact_name(&state.db, &form.organisation).await? {
                Some(o) if o.fields.listed => Some(o.id.0),
                _ => None,
            }
        } else {
            None
        };
    let mut errors = match checked {
        Ok(answers) if form.on_behalf != "organisation" || organisation_id.is_some() => {
            let who = Respondent {
                name: form.name.trim().to_string(),
                email: form.email.trim().to_string(),
                organisation_id,
                publish_name: form.publish_name == "yes",
            };
            return Ok(Ok((who, answers)));
        }
        Ok(_) => FieldErrors::new(ctx.lang),
        Err(errors) => errors,
    };
    if form.on_behalf == "organisation" && organisation_id.is_none() {
        errors.add("organisation", "consult-error-organisation");
    }
    Ok(Err(errors))
}

/// `POST /consultations/{slug}/respond`: a new response, or a participant's own.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let form = RespondForm::from_pairs(crate::http::parse_form(&body)?);
    if !form.fax_number.is_empty() {
        return Ok((
            Flash("consult-flash-check-email"),
            Redirect::to(&format!("/consultations/{slug}")),
        )
            .into_response());
    }
    let mine = match &ctx.user {
        Some(u) => model::response_of_user(&state.db, c.id, u.id.0).await?,
        None => None,
    };
    save_and_answer(&state, &ctx, c, form, mine.as_ref(), Target::Mine).await
}

/// `GET /consultations/{slug}/respond/{token}`: the personal link (confirms the address).
pub async fn show_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, token)): Path<(String, String)>,
) -> AppResult<Response> {
    let (c, r) = by_link(&state, &ctx, &slug, &token).await?;
    model::confirm_email(&state.db, &token).await?;
    let status = status_of(Some(&r));
    respond_page(
        &state,
        &ctx,
        c,
        form_of(&r),
        FieldErrors::new(ctx.lang),
        Target::Link(token),
        status,
    )
    .await
}

/// `POST /consultations/{slug}/respond/{token}`.
pub async fn save_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, token)): Path<(String, String)>,
    body: Bytes,
) -> AppResult<Response> {
    let (c, r) = by_link(&state, &ctx, &slug, &token).await?;
    let form = RespondForm::from_pairs(crate::http::parse_form(&body)?);
    save_and_answer(&state, &ctx, c, form, Some(&r), Target::Link(token)).await
}

async fn by_link(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
    token: &str,
) -> AppResult<(Consultation, model::Response)> {
    let c = visible(state, ctx, slug).await?;
    let r = model::response_by_token(&state.db, token)
        .await?
        .filter(|r| r.consultation_id == c.id)
        .ok_or(AppError::NotFound)?;
    Ok((c, r))
}

async fn save_and_answer(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    mut form: RespondForm,
    existing: Option<&model::Response>,
    target: Target,
) -> AppResult<Response> {
    let questions = model::questions(&state.db, c.id).await?;
    let status = status_of(existing);
    let visitor = ctx.user.is_none() && existing.is_none();
    if let Some(r) = existing {
        form.email = r.respondent.email.clone();
    } else if let Some(u) = &ctx.user {
        form.email = u.email.clone();
    }
    let (who, answers) = match read_respondent(state, ctx, &form, &questions, visitor).await? {
        Ok(ok) => ok,
        Err(errors) => return respond_page(state, ctx, c, form, errors, target, status).await,
    };
    if visitor {
        if let Some(wait) = throttle::check_public_form(
            &state.db,
            "consultation-response",
            &ctx.client_ip.to_string(),
        )
        .await?
        {
            return Err(AppError::TooManyRequests {
                retry_after_secs: wait,
            });
        }
    }
    let saver = match (existing, &ctx.user) {
        (Some(r), _) => Saver::Holder(r),
        (None, Some(u)) => Saver::Participant { user_id: u.id.0 },
        (None, None) => Saver::Visitor,
    };
    let saved = model::save_response(
        &state.db,
        &state.config,
        &c,
        saver,
        &who,
        &answers,
        form.submitting(),
        form.follow,
        ctx.lang,
    )
    .await?;
    let back = match &target {
        Target::Link(token) => format!("/consultations/{}/respond/{token}", c.slug),
        _ => format!("/consultations/{}/respond", c.slug),
    };
    let flash = if form.submitting() {
        "consult-flash-sent"
    } else {
        "consult-flash-response-kept"
    };
    match saved {
        Saved::NotOpen => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("name", "consult-error-not-open");
            respond_page(state, ctx, c, form, errors, target, status).await
        }
        Saved::Created(_) | Saved::LinkSent if visitor => Ok((
            Flash("consult-flash-check-email"),
            Redirect::to(&format!("/consultations/{}", c.slug)),
        )
            .into_response()),
        Saved::LinkSent => {
            Ok((Flash("consult-flash-check-email"), Redirect::to(&back)).into_response())
        }
        Saved::Created(_) | Saved::Updated => {
            Ok((Flash(flash), Redirect::to(&back)).into_response())
        }
    }
}
