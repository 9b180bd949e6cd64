//! `/consortium`: the member organisations grouped by nation (public), and the
//! coordinators' pages to add a member, change its role and dates, and name its
//! representatives and signatory. Every change is logged and the log is on the member's
//! page.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::{MemberForm, RepresentativeForm};
use super::model::{
    self, Choice, LogEntry, Member, MemberId, MemberRefused, Representative, RepresentativeRefused,
};
use super::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::taxonomy;
use crate::views::{choices, Choice as Option_};
use crate::views::{render, render_form, Layout};

/// A nation's heading and its members.
pub struct NationGroup {
    pub label: String,
    pub members: Vec<MemberRow>,
}

pub struct MemberRow {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub role: String,
    pub joined: String,
    pub left: String,
    pub is_example: bool,
}

#[derive(Template)]
#[template(path = "consortium/index.html")]
struct IndexView {
    layout: Layout,
    groups: Vec<NationGroup>,
    past: Vec<MemberRow>,
    coordinator: bool,
    inside: bool,
}

fn row(ctx: &RequestContext, m: &Member) -> MemberRow {
    MemberRow {
        id: m.id.0,
        name: m.name.clone(),
        slug: m.slug.clone(),
        role: ctx.lang.t(&format!("consortium-role-{}", m.role.code())),
        joined: m.joined_on.clone(),
        left: m.left_on.clone().unwrap_or_default(),
        is_example: m.is_example,
    }
}

/// The nations a member is shown under: the one it leads, else those it works in, else
/// UK-wide.
fn nations_of(m: &Member) -> Vec<&str> {
    match &m.lead_nation {
        Some(n) if m.role == model::MemberRole::Lead => vec![n.as_str()],
        _ if m.nations.is_empty() => vec!["uk_wide"],
        _ => m.nations.iter().map(String::as_str).collect(),
    }
}

/// `GET /consortium` (visitors' copy from the one-second page cache).
pub async fn show_consortium(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached(&cache, &ctx, || build_consortium(&state, &ctx)).await
}

async fn build_consortium(state: &AppState, ctx: &RequestContext) -> AppResult<Response> {
    let standing = Standing::of(state, ctx).await?;
    let today = model::today(now());
    let members = model::list_members(&state.db).await?;
    let groups = taxonomy::NATIONS
        .iter()
        .map(|nation| NationGroup {
            label: taxonomy::label(ctx.lang, "nation", nation),
            members: members
                .iter()
                .filter(|m| m.is_current(&today) && nations_of(m).contains(nation))
                .map(|m| row(ctx, m))
                .collect(),
        })
        .filter(|g| !g.members.is_empty())
        .collect();
    let past = members
        .iter()
        .filter(|m| !m.is_current(&today))
        .map(|m| row(ctx, m))
        .collect();
    render(&IndexView {
        layout: Layout::new(ctx, "consortium-title"),
        groups,
        past,
        coordinator: standing.coordinator,
        inside: standing.is_inside(),
    })
}

#[derive(Template)]
#[template(path = "consortium/member_new.html")]
struct NewMemberView {
    layout: Layout,
    errors: FieldErrors,
    form: MemberForm,
    organisations: Vec<Choice>,
    roles: Vec<Option_>,
}

async fn new_member_page(
    state: &AppState,
    ctx: &RequestContext,
    form: MemberForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "consortium-member-new-title")
        .with_crumbs(&[("consortium-title", "/consortium")]);
    let has_errors = layout.mark_errors_if(&errors);
    let roles = choices(ctx, "consortium-role-", model::MemberRole::CODES, |c| {
        c == form.role
    });
    render_form(
        has_errors,
        &NewMemberView {
            layout,
            errors,
            organisations: model::organisations_to_add(&state.db).await?,
            roles,
            form,
        },
    )
}

/// `GET /consortium/members/new`.
pub async fn show_new_member(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let form = MemberForm {
        joined_on: model::today(now()),
        role: "member".to_string(),
        ..MemberForm::default()
    };
    new_member_page(&state, &ctx, form, FieldErrors::new(ctx.lang)).await
}

fn refusal_field(refused: MemberRefused) -> (&'static str, &'static str) {
    match refused {
        MemberRefused::AlreadyMember => ("organisation_id", "consortium-error-already-member"),
        MemberRefused::NotALeadNetwork => ("role", "consortium-error-not-lead"),
        MemberRefused::NoSuchOrganisation => ("organisation_id", "consortium-error-organisation"),
    }
}

/// `POST /consortium/members/new`.
pub async fn create_member(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: MemberForm = crate::http::parse_form(&body)?;
    let checked = match form.validate(ctx.lang, true) {
        Ok(checked) => checked,
        Err(errors) => return new_member_page(&state, &ctx, form, errors).await,
    };
    match model::add_member(
        &state.db,
        checked.organisation_id,
        checked.role,
        &checked.joined_on,
        false,
        Some(user.id.0),
    )
    .await?
    {
        Ok(id) => Ok((
            Flash("consortium-flash-member-added"),
            Redirect::to(&format!("/consortium/members/{id}")),
        )
            .into_response()),
        Err(refused) => {
            let (field, key) = refusal_field(refused);
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add(field, key);
            new_member_page(&state, &ctx, form, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "consortium/member.html")]
struct MemberView {
    layout: Layout,
    errors: FieldErrors,
    member: MemberRow,
    form: MemberForm,
    roles: Vec<Option_>,
    representatives: Vec<Representative>,
    partners: Vec<Choice>,
    log: Vec<LogEntry>,
}

impl MemberView {
    /// A log entry in words: the change, and its detail (a role's name, a date, a person).
    fn log_text(&self, l: &LogEntry) -> String {
        let detail = match l.action.as_str() {
            "joined" | "role" => self.layout.t(&format!("consortium-role-{}", l.detail)),
            _ => l.detail.clone(),
        };
        let action = self.layout.t(&format!("consortium-log-{}", l.action));
        if detail.is_empty() {
            action
        } else {
            format!("{action}: {detail}")
        }
    }
}

async fn member_page(
    state: &AppState,
    ctx: &RequestContext,
    member: &Member,
    form: MemberForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout = Layout::titled(ctx, member.name.clone())
        .with_crumbs(&[("consortium-title", "/consortium")]);
    let has_errors = layout.mark_errors_if(&errors);
    let representatives = model::representatives(&state.db)
        .await?
        .into_iter()
        .filter(|r| r.member_id == member.id)
        .collect();
    let roles = choices(ctx, "consortium-role-", model::MemberRole::CODES, |c| {
        c == form.role
    });
    render_form(
        has_errors,
        &MemberView {
            layout,
            errors,
            member: row(ctx, member),
            form,
            roles,
            representatives,
            partners: model::partners_to_add(&state.db).await?,
            log: model::member_log(&state.db, member.id).await?,
        },
    )
}

async fn find(state: &AppState, id: MemberId) -> AppResult<Member> {
    model::find_member(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /consortium/members/{id}` (coordinators).
pub async fn show_member(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<MemberId>,
) -> AppResult<Response> {
    let member = find(&state, id).await?;
    let form = MemberForm::from_member(&member);
    member_page(&state, &ctx, &member, form, FieldErrors::new(ctx.lang)).await
}

/// `POST /consortium/members/{id}`: role and dates.
pub async fn update_member(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<MemberId>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let member = find(&state, id).await?;
    let mut form: MemberForm = crate::http::parse_form(&body)?;
    form.organisation_id = member.organisation_id.to_string();
    let checked = match form.validate(ctx.lang, false) {
        Ok(checked) => checked,
        Err(errors) => return member_page(&state, &ctx, &member, form, errors).await,
    };
    match model::update_member(
        &state.db,
        &member,
        checked.role,
        &checked.joined_on,
        checked.left_on.as_deref(),
        Some(user.id.0),
    )
    .await?
    {
        Ok(()) => Ok((
            Flash("consortium-flash-member-saved"),
            Redirect::to(&format!("/consortium/members/{id}")),
        )
            .into_response()),
        Err(refused) => {
            let (field, key) = refusal_field(refused);
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add(field, key);
            member_page(&state, &ctx, &member, form, errors).await
        }
    }
}

/// `POST /consortium/members/{id}/representatives`: add, remove, or make signatory.
pub async fn change_representatives(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<MemberId>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let member = find(&state, id).await?;
    let form: RepresentativeForm = crate::http::parse_form(&body)?;
    let again = |key: &'static str| {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("user_id", key);
        errors
    };
    let Ok(user_id) = form.user_id.trim().parse::<i64>() else {
        let errors = again("consortium-error-representative");
        return member_page(
            &state,
            &ctx,
            &member,
            MemberForm::from_member(&member),
            errors,
        )
        .await;
    };
    let actor = Some(user.id.0);
    let done = match form.action.as_str() {
        "add" => {
            match model::add_representative(&state.db, id, user_id, form.signatory == "yes", actor)
                .await?
            {
                Ok(()) => "consortium-flash-representative-added",
                Err(refused) => {
                    let key = match refused {
                        RepresentativeRefused::NotAPartner => "consortium-error-not-partner",
                        RepresentativeRefused::Elsewhere => "consortium-error-represents-other",
                    };
                    let errors = again(key);
                    return member_page(
                        &state,
                        &ctx,
                        &member,
                        MemberForm::from_member(&member),
                        errors,
                    )
                    .await;
                }
            }
        }
        "signatory" if model::set_signatory(&state.db, id, user_id, actor).await? => {
            "consortium-flash-signatory"
        }
        "remove" if model::remove_representative(&state.db, id, user_id, actor).await? => {
            "consortium-flash-representative-removed"
        }
        _ => return Err(AppError::NotFound),
    };
    Ok((
        Flash(done),
        Redirect::to(&format!("/consortium/members/{id}")),
    )
        .into_response())
}
