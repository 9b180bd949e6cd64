//! The settings step of an import: what each column holds and the value every row gets
//! where it has none, the value mapping of the register's wordings, choices for rows only
//! a name matched, and profiles (saving these settings under a name, or using saved ones).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::columns::{label, FIELDS};
use super::pages::{count_list, load};
use super::plan::{Outcome, RowPlan};
use super::preview::Preview;
use super::record::{self, ImportRecord};
use super::settings::{fold, Settings, CHOICE_NEW, CHOICE_SKIP};
use super::{file, profiles, values};
use crate::error::AppResult;
use crate::http::{Ctx, Flash};
use crate::i18n::Lang;
use crate::orgs::fields::{ORG_TYPES, REGISTERS};
use crate::state::AppState;
use crate::taxonomy;
use crate::views::Layout;

/// Wordings of the value-mapped column the page offers to map (the most used).
const VALUES_SHOWN: usize = 60;

pub struct FieldRow {
    pub code: &'static str,
    pub label: String,
    /// The chosen column's index, or "".
    pub chosen: String,
    pub constant: String,
    /// Values a constant can take (code, label); empty: any text.
    pub options: Vec<(String, String)>,
    /// Whether a constant makes sense for this field.
    pub constant_allowed: bool,
}

pub struct ValueRow {
    pub n: usize,
    pub wording: String,
    pub count: usize,
    pub chosen: Vec<String>,
}

impl ValueRow {
    pub fn has(&self, code: &str) -> bool {
        self.chosen.iter().any(|c| c == code)
    }
}

pub struct RowView {
    pub row: usize,
    pub name: String,
    pub outcome: &'static str,
    pub what: String,
    pub notes: Vec<String>,
    /// For a row that needs a choice: (value, label) and the one chosen.
    pub choices: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "orgs/import_map.html")]
pub struct MapView {
    pub layout: Layout,
    pub import: ImportRecord,
    pub columns: Vec<String>,
    pub fields: Vec<FieldRow>,
    pub value_column: bool,
    pub value_rows: Vec<ValueRow>,
    pub values_capped: bool,
    /// (code, label) of everything a wording can mean.
    pub value_targets: Vec<(String, String)>,
    pub profiles: Vec<String>,
    pub counts: Vec<(&'static str, i64)>,
    pub importable: i64,
    pub rows: Vec<RowView>,
    pub outcome: String,
    pub page: usize,
    pub pages: usize,
    pub missing_name: bool,
}

impl MapView {
    pub fn outcome_label(&self, code: &str) -> String {
        self.layout
            .t(&format!("import-outcome-{}", code.replace('_', "-")))
    }
    pub fn page_of(&self) -> String {
        self.layout.lang.t_args(
            "import-page-of",
            &[
                ("page", (self.page as i64).into()),
                ("pages", (self.pages as i64).into()),
            ],
        )
    }
    pub fn encoding_label(&self) -> String {
        self.layout
            .t(&format!("import-encoding-{}", self.import.encoding))
    }
}

/// The values a constant for `field` can take, if it is a coded field.
fn options(lang: Lang, field: &str) -> Vec<(String, String)> {
    let with = |codes: Vec<String>, kind: &str| -> Vec<(String, String)> {
        codes
            .into_iter()
            .map(|c| {
                let l = taxonomy::label(lang, kind, &c);
                (c, l)
            })
            .collect()
    };
    match field {
        "nations" => with(
            taxonomy::NATIONS.iter().map(|n| n.to_string()).collect(),
            "nation",
        ),
        "characteristics" => with(
            taxonomy::characteristics()
                .iter()
                .cloned()
                .chain(taxonomy::section75().iter().map(|c| format!("s75:{c}")))
                .collect(),
            "characteristic",
        ),
        "org_type" => ORG_TYPES
            .iter()
            .map(|t| {
                (
                    t.to_string(),
                    lang.t(&format!("orgs-type-{}", t.replace('_', "-"))),
                )
            })
            .collect(),
        "charity_register" => REGISTERS
            .iter()
            .map(|r| {
                (
                    r.to_string(),
                    lang.t(&format!("orgs-register-{}", r.replace('_', "-"))),
                )
            })
            .collect(),
        "listed" => vec![
            ("yes".into(), lang.t("import-listed-yes")),
            ("no".into(), lang.t("import-listed-no")),
        ],
        "register_status" => ["removed", "dissolved"]
            .iter()
            .map(|s| (s.to_string(), lang.t(&format!("orgs-status-{s}"))))
            .collect(),
        _ => Vec::new(),
    }
}

fn row_view(lang: Lang, plan: RowPlan) -> RowView {
    let what = match &plan.outcome {
        Outcome::Create => lang.t("import-what-create"),
        Outcome::Update { changes, .. } => lang.t_args(
            "import-what-update",
            &[(
                "fields",
                changes
                    .iter()
                    .map(|f| label(lang, f))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            )],
        ),
        Outcome::Unchanged(_) => lang.t("import-what-unchanged"),
        other => super::problems::reason(lang, other),
    };
    let choices = match &plan.outcome {
        Outcome::Ask { records, .. } => {
            let mut c = vec![
                (CHOICE_SKIP.to_string(), lang.t("import-choice-skip")),
                (CHOICE_NEW.to_string(), lang.t("import-choice-new")),
            ];
            for (id, name) in records {
                c.push((
                    id.0.to_string(),
                    lang.t_args("import-choice-update", &[("name", name.clone().into())]),
                ));
            }
            c
        }
        _ => Vec::new(),
    };
    RowView {
        row: plan.row,
        name: plan.name,
        outcome: plan.outcome.code(),
        what,
        notes: plan.notes,
        choices,
    }
}

impl MapView {
    #[allow(clippy::too_many_arguments)]
    pub async fn build(
        state: &AppState,
        layout: Layout,
        import: ImportRecord,
        settings: Settings,
        preview: Preview,
        outcome: Option<&str>,
        page: usize,
        per_page: usize,
    ) -> AppResult<MapView> {
        let lang = layout.lang;
        let header = file::header(&import.content);
        let columns: Vec<String> = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                if h.is_empty() {
                    lang.t_args("import-column-unnamed", &[("n", ((i + 1) as i64).into())])
                } else {
                    h.clone()
                }
            })
            .collect();
        let mapping = settings.mapping(&header);
        let fields = FIELDS
            .iter()
            .map(|f| FieldRow {
                code: f,
                label: label(lang, f),
                chosen: mapping.get(f).map(|i| i.to_string()).unwrap_or_default(),
                constant: settings.constants.get(*f).cloned().unwrap_or_default(),
                options: options(lang, f),
                constant_allowed: ![
                    "name",
                    "id",
                    "lead_nation",
                    "categories",
                    "other_names",
                    "description",
                ]
                .contains(f),
            })
            .collect();
        let mut value_rows = Vec::new();
        let mut values_capped = false;
        if let Some(&column) = mapping.get("categories") {
            let distinct = values::distinct(
                file::rows(&import.content).filter_map(|(_, r)| r.ok()),
                column,
            );
            values_capped = distinct.len() > VALUES_SHOWN;
            value_rows = distinct
                .into_iter()
                .take(VALUES_SHOWN)
                .enumerate()
                .map(|(n, (wording, count))| ValueRow {
                    n,
                    chosen: values::meaning(&settings, &wording),
                    wording,
                    count,
                })
                .collect();
        }
        let value_targets = values::targets()
            .into_iter()
            .map(|(code, kind, c)| {
                let l = if kind == "goal" {
                    format!(
                        "{} {c}: {}",
                        lang.t("import-goal"),
                        taxonomy::label(lang, kind, &c)
                    )
                } else {
                    taxonomy::label(lang, kind, &c)
                };
                (code, l)
            })
            .collect();
        let importable = preview.counts.create + preview.counts.update;
        let pages = preview.shown_of.div_ceil(per_page).max(1);
        Ok(MapView {
            missing_name: !mapping.contains_key("name"),
            counts: count_list(&preview.counts),
            rows: preview
                .rows
                .into_iter()
                .map(|p| row_view(lang, p))
                .collect(),
            profiles: profiles::names(&state.db).await?,
            layout,
            import,
            columns,
            fields,
            value_column: mapping.contains_key("categories"),
            value_rows,
            values_capped,
            value_targets,
            importable,
            outcome: outcome.unwrap_or_default().to_string(),
            page,
            pages,
        })
    }
}

fn back(id: i64, query: &str) -> Redirect {
    Redirect::to(&format!("/organisations/import/{id}{query}"))
}

/// Saves the columns, constants and value mapping, and a profile if named.
pub async fn save_settings(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let import = load(&state, id).await?;
    let form: Vec<(String, String)> = crate::http::parse_form(&body)?;
    let header = file::header(&import.content);
    let mut settings = Settings::from_json(&import.settings);
    settings.columns.clear();
    settings.constants.clear();
    let mut wordings: Vec<(String, String)> = Vec::new();
    let mut codes: Vec<(String, String)> = Vec::new();
    let mut profile_name = String::new();
    for (key, value) in form {
        if let Some(field) = key
            .strip_prefix("col_")
            .and_then(|f| FIELDS.iter().find(|x| **x == f))
        {
            if let Some(heading) = value.parse::<usize>().ok().and_then(|i| header.get(i)) {
                settings.columns.insert(field.to_string(), heading.clone());
            }
        } else if let Some(field) = key
            .strip_prefix("set_")
            .and_then(|f| FIELDS.iter().find(|x| **x == f))
        {
            let value: String = value.trim().chars().take(500).collect();
            if !value.is_empty() {
                settings.constants.insert(field.to_string(), value);
            }
        } else if let Some(n) = key.strip_prefix("word_") {
            wordings.push((n.to_string(), value));
        } else if let Some(n) = key.strip_prefix("val_") {
            codes.push((n.to_string(), value));
        } else if key == "profile_name" {
            profile_name = value.trim().chars().take(100).collect();
        }
    }
    for (n, wording) in wordings {
        let meaning: Vec<String> = codes
            .iter()
            .filter(|(m, code)| *m == n && values::is_target(code))
            .map(|(_, code)| code.clone())
            .collect();
        settings.values.insert(fold(&wording), meaning);
    }
    if !record::save_settings(&state.db, id, &settings).await? {
        return Ok(back(id, "").into_response());
    }
    if !profile_name.is_empty() {
        profiles::save(&state.db, &profile_name, &settings, Some(user.id.0)).await?;
        return Ok((Flash("import-flash-profile-saved"), back(id, "")).into_response());
    }
    Ok((Flash("import-flash-settings-saved"), back(id, "")).into_response())
}

/// Saves the choices made for rows that needed one.
pub async fn save_choices(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let import = load(&state, id).await?;
    let form: Vec<(String, String)> = crate::http::parse_form(&body)?;
    let mut settings = Settings::from_json(&import.settings);
    for (key, value) in form {
        let Some(row) = key
            .strip_prefix("choice_")
            .and_then(|r| r.parse::<usize>().ok())
        else {
            continue;
        };
        if value == CHOICE_NEW || value == CHOICE_SKIP || value.parse::<i64>().is_ok() {
            settings.choices.insert(row, value);
        }
    }
    record::save_settings(&state.db, id, &settings).await?;
    Ok((
        Flash("import-flash-choices-saved"),
        back(id, "?outcome=asked"),
    )
        .into_response())
}

/// Uses a saved profile's settings for this file (its choices are kept).
pub async fn apply_profile(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let import = load(&state, id).await?;
    let form: std::collections::HashMap<String, String> = crate::http::parse_form(&body)?;
    let name = form.get("profile").cloned().unwrap_or_default();
    if let Some(mut saved) = profiles::get(&state.db, &name).await? {
        saved.choices = Settings::from_json(&import.settings).choices;
        record::save_settings(&state.db, id, &saved).await?;
        return Ok((Flash("import-flash-profile-used"), back(id, "")).into_response());
    }
    Ok(back(id, "").into_response())
}
