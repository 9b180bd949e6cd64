//! An organisation's page (`/organisations/{slug}`), its history with field-by-field
//! differences, and the coordinators' add and edit forms.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::directory::{characteristic_options, goal_options, nation_options, type_options};
use super::fields::{validate, OrgFields, OrgForm};
use super::model::{self, Organisation, SaveProblem};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::taxonomy;
use crate::views::{render, render_form, Layout};

#[derive(Template)]
#[template(path = "orgs/show.html")]
struct ShowView {
    layout: Layout,
    org: Organisation,
    coordinator: bool,
    /// The logo's text alternative, when there is a logo.
    logo_alt: Option<String>,
    /// Coordinators' private tags (empty for everyone else).
    tags: Vec<String>,
}

impl ShowView {
    fn label(&self, kind: &str, code: &str) -> String {
        taxonomy::label(self.layout.lang, kind, code)
    }
    fn type_label(&self) -> String {
        self.layout.t(&format!(
            "orgs-type-{}",
            self.org.fields.org_type.replace('_', "-")
        ))
    }
    fn register_label(&self) -> String {
        self.layout.t(&format!(
            "orgs-register-{}",
            self.org.fields.charity_register.replace('_', "-")
        ))
    }
    fn target_title(&self, code: &str) -> String {
        taxonomy::targets()
            .iter()
            .find(|t| t.code == code)
            .map(|t| t.title.clone())
            .unwrap_or_default()
    }
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    // A merged record's old address leads to the record it was merged into.
    if let Some(merged) = model::find_by_slug(&state.db, &slug).await? {
        if let Some(kept) = merged.merged_into {
            let kept = model::find_by_id(&state.db, kept)
                .await?
                .ok_or(AppError::NotFound)?;
            return Ok(
                Redirect::permanent(&format!("/organisations/{}", kept.slug)).into_response(),
            );
        }
    }
    let org = <Organisation as crate::http::PathRecord>::load(&state, &ctx, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let (logo_sha, _, logo_alt) = model::logo(&state.db, org.id).await?;
    let tags = if ctx.is_coordinator() {
        model::tags::of(&state.db, org.id).await?
    } else {
        Vec::new()
    };
    render(&ShowView {
        layout: Layout::titled(&ctx, org.fields.name.clone())
            .with_crumbs(&[("orgs-title", "/organisations")]),
        coordinator: ctx.is_coordinator(),
        tags,
        logo_alt: (!logo_sha.is_empty()).then_some(logo_alt),
        org,
    })
}

/// One changed field between two versions of a record.
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

fn changes(
    before: Option<&OrgFields>,
    after: &OrgFields,
    lang: crate::i18n::Lang,
) -> Vec<FieldChange> {
    let flat = |f: &OrgFields| -> Vec<(&'static str, String)> {
        vec![
            ("orgs-field-name", f.name.clone()),
            ("orgs-field-other-names", f.other_names.clone()),
            ("orgs-field-description", f.description.clone()),
            ("orgs-field-website", f.website.clone()),
            ("orgs-field-email", f.email.clone()),
            ("orgs-field-phone", f.phone.clone()),
            ("orgs-field-area", f.area_served.clone()),
            ("orgs-field-type", f.org_type.clone()),
            ("orgs-field-register", f.charity_register.clone()),
            ("orgs-field-charity-number", f.charity_number.clone()),
            ("orgs-field-lead", f.lead_nation.clone()),
            (
                "orgs-field-listed",
                if f.listed { "✓".into() } else { "✗".into() },
            ),
            ("orgs-field-nations", f.nations.join(", ")),
            ("orgs-field-characteristics", f.characteristics.join(", ")),
            (
                "orgs-field-goals",
                f.goals
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("orgs-field-targets", f.targets.join(", ")),
        ]
    };
    let after_flat = flat(after);
    let before_flat = before.map(flat).unwrap_or_default();
    after_flat
        .into_iter()
        .enumerate()
        .filter_map(|(i, (key, value))| {
            let old = before_flat
                .get(i)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            (old != value).then(|| FieldChange {
                field: lang.t(key),
                before: old,
                after: value,
            })
        })
        .collect()
}

pub struct HistoryEntry {
    pub author: String,
    pub summary: String,
    pub time: i64,
    pub changes: Vec<FieldChange>,
}

#[derive(Template)]
#[template(path = "orgs/history.html")]
struct HistoryView {
    layout: Layout,
    org: Organisation,
    entries: Vec<HistoryEntry>,
}

pub async fn history(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
) -> AppResult<Response> {
    let revisions = model::revisions(&state.db, org.id).await?;
    let entries = revisions
        .iter()
        .enumerate()
        .map(|(i, (_, author, summary, time, fields))| HistoryEntry {
            author: author.clone(),
            summary: summary.clone(),
            time: *time,
            changes: changes(revisions.get(i + 1).map(|r| &r.4), fields, ctx.lang),
        })
        .collect();
    let title = ctx.lang.t_args(
        "orgs-history-title",
        &[("name", org.fields.name.clone().into())],
    );
    render(&HistoryView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("orgs-title", "/organisations")]),
        org,
        entries,
    })
}

#[derive(Template)]
#[template(path = "orgs/edit.html")]
pub struct EditView {
    pub layout: Layout,
    pub heading: String,
    pub action: String,
    pub errors: FieldErrors,
    pub form: OrgForm,
    pub nations: Vec<(&'static str, String)>,
    pub lead_nations: Vec<(&'static str, String)>,
    pub characteristics: Vec<(String, String)>,
    pub goals: Vec<(String, String)>,
    pub types: Vec<(&'static str, String)>,
    /// The public "include my organisation" form adds submitter fields and consent wording.
    pub public: bool,
    pub submitter_name: String,
    pub submitter_email: String,
    /// Records this one may duplicate, shown before it is created.
    pub duplicates: Vec<super::duplicates::Candidate>,
}

impl EditView {
    pub fn new(
        ctx: &RequestContext,
        heading: String,
        action: String,
        errors: FieldErrors,
        form: OrgForm,
        public: bool,
    ) -> EditView {
        let lang = ctx.lang;
        let mut layout =
            Layout::titled(ctx, heading.clone()).with_crumbs(&[("orgs-title", "/organisations")]);
        if !errors.is_empty() {
            layout.mark_errors();
        }
        EditView {
            layout,
            heading,
            action,
            errors,
            form,
            nations: nation_options(lang),
            lead_nations: nation_options(lang)
                .into_iter()
                .filter(|(n, _)| *n != "uk_wide")
                .collect(),
            characteristics: characteristic_options(lang),
            goals: goal_options(lang),
            types: type_options(lang),
            public,
            submitter_name: String::new(),
            submitter_email: String::new(),
            duplicates: Vec::new(),
        }
    }

    pub fn respond(self) -> AppResult<Response> {
        render_form(!self.errors.is_empty(), &self)
    }
}

pub async fn show_add(Ctx(ctx): Ctx) -> AppResult<Response> {
    EditView::new(
        &ctx,
        ctx.lang.t("orgs-add-title"),
        "/organisations/add".into(),
        FieldErrors::new(ctx.lang),
        OrgForm::default(),
        false,
    )
    .respond()
}

fn lead_taken(ctx: &RequestContext, mut errors: FieldErrors) -> FieldErrors {
    let _ = ctx;
    errors.add("lead_nation", "orgs-error-lead-taken");
    errors
}

pub async fn add(State(state): State<AppState>, Ctx(ctx): Ctx, body: Bytes) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: OrgForm = crate::http::parse_form(&body)?;
    let fields = match validate(&form, ctx.lang) {
        Ok(f) => f,
        Err(errors) => {
            return EditView::new(
                &ctx,
                ctx.lang.t("orgs-add-title"),
                "/organisations/add".into(),
                errors,
                form,
                false,
            )
            .respond()
        }
    };
    if form.confirm_new != "1" {
        let duplicates = super::duplicates::likely(&state.db, &fields, None).await?;
        if !duplicates.is_empty() {
            let mut view = EditView::new(
                &ctx,
                ctx.lang.t("orgs-add-title"),
                "/organisations/add".into(),
                FieldErrors::new(ctx.lang),
                form,
                false,
            );
            view.duplicates = duplicates;
            return view.respond();
        }
    }
    match model::create(
        &state.db,
        &fields,
        (Some(user.id.0), &user.name),
        form.summary.trim(),
        false,
    )
    .await?
    {
        Ok(slug) => Ok((
            Flash("orgs-flash-saved"),
            Redirect::to(&format!("/organisations/{slug}")),
        )
            .into_response()),
        Err(SaveProblem::LeadTaken) => EditView::new(
            &ctx,
            ctx.lang.t("orgs-add-title"),
            "/organisations/add".into(),
            lead_taken(&ctx, FieldErrors::new(ctx.lang)),
            form,
            false,
        )
        .respond(),
    }
}

pub async fn show_edit(Ctx(ctx): Ctx, Found(org): Found<Organisation>) -> AppResult<Response> {
    let slug = org.slug.clone();
    let heading = ctx.lang.t_args(
        "orgs-edit-title",
        &[("name", org.fields.name.clone().into())],
    );
    EditView::new(
        &ctx,
        heading,
        format!("/organisations/{slug}/edit"),
        FieldErrors::new(ctx.lang),
        OrgForm::from(&org.fields),
        false,
    )
    .respond()
}

pub async fn edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let slug = org.slug.clone();
    let form: OrgForm = crate::http::parse_form(&body)?;
    let heading = ctx.lang.t_args(
        "orgs-edit-title",
        &[("name", org.fields.name.clone().into())],
    );
    let action = format!("/organisations/{slug}/edit");
    let fields = match validate(&form, ctx.lang) {
        Ok(f) => f,
        Err(errors) => return EditView::new(&ctx, heading, action, errors, form, false).respond(),
    };
    match model::update(
        &state.db,
        org.id,
        &fields,
        (Some(user.id.0), &user.name),
        form.summary.trim(),
    )
    .await?
    {
        Ok(()) => Ok((
            Flash("orgs-flash-saved"),
            Redirect::to(&format!("/organisations/{slug}")),
        )
            .into_response()),
        Err(SaveProblem::LeadTaken) => EditView::new(
            &ctx,
            heading,
            action,
            lead_taken(&ctx, FieldErrors::new(ctx.lang)),
            form,
            false,
        )
        .respond(),
    }
}
