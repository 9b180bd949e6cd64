//! What an import will do, row by row: the one planner the preview, the import job and
//! `coproduce import-organisations` all use, so they give the same counts. A row is
//! created, updated (with the fields that change), unchanged, left alone (a listed record
//! is never changed without its owner's consent, and a row a person chose to leave out),
//! asked about (only a name matched, or it repeats an earlier row), or refused (no usable
//! name). Rows are planned a batch at a time: matching first, then the current fields of
//! every matched record in one read.

use std::collections::HashMap;

use super::columns::{label, row_form};
use super::file::FileRow;
use super::matching::{Index, Match, Note};
use super::rows::prepare;
use super::settings::{Mapping, Settings, CHOICE_NEW, CHOICE_SKIP};
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::orgs::fields::{merge_fields, OrgFields};
use crate::orgs::model::{self, OrganisationId};
use crate::storage::Db;

/// What becomes of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Create,
    Update {
        id: OrganisationId,
        /// The fields that change, by code.
        changes: Vec<&'static str>,
    },
    Unchanged(OrganisationId),
    /// Not applied: the record is listed (its owner consented to what it shows), or a
    /// person chose to leave the row out. The reason is a Fluent id.
    LeftAlone {
        id: Option<OrganisationId>,
        reason: &'static str,
    },
    /// Needs a choice (see `matching::Match::Ask`).
    Ask {
        records: Vec<(OrganisationId, String)>,
        earlier_row: Option<usize>,
        reason: &'static str,
    },
    Refused(Vec<String>),
}

impl Outcome {
    /// The outcome's code: `create`, `update`, `unchanged`, `left_alone`, `asked`, `refused`.
    pub fn code(&self) -> &'static str {
        match self {
            Outcome::Create => "create",
            Outcome::Update { .. } => "update",
            Outcome::Unchanged(_) => "unchanged",
            Outcome::LeftAlone { .. } => "left_alone",
            Outcome::Ask { .. } => "asked",
            Outcome::Refused(_) => "refused",
        }
    }
}

/// The outcome codes, in the order pages and reports list them.
pub const OUTCOMES: [&str; 6] = [
    "create",
    "update",
    "unchanged",
    "left_alone",
    "asked",
    "refused",
];

/// One row's plan.
#[derive(Clone, Debug)]
pub struct RowPlan {
    pub row: usize,
    pub name: String,
    pub outcome: Outcome,
    /// What will be written (a new record's fields, or the updated record's).
    pub fields: Option<OrgFields>,
    /// The public id a new record keeps (from the file's `id` column).
    pub uuid: String,
    /// Fixes made, fields left out, same-name organisations: things the person should know.
    pub notes: Vec<String>,
    /// Wordings of the value-mapped column that meant nothing: kept as a note on the record.
    pub unmapped: Vec<String>,
    /// The row's cells, for the file of problem rows.
    pub cells: Vec<String>,
    /// Private tags for the row's record (created, updated, unchanged or left alone).
    pub tags: Vec<String>,
}

/// How many rows had each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub create: i64,
    pub update: i64,
    pub unchanged: i64,
    pub left_alone: i64,
    pub asked: i64,
    pub refused: i64,
}

impl Counts {
    pub fn add(&mut self, outcome: &Outcome) {
        *self.get_mut(outcome.code()) += 1;
    }
    fn get_mut(&mut self, code: &str) -> &mut i64 {
        match code {
            "create" => &mut self.create,
            "update" => &mut self.update,
            "unchanged" => &mut self.unchanged,
            "left_alone" => &mut self.left_alone,
            "asked" => &mut self.asked,
            _ => &mut self.refused,
        }
    }
    pub fn get(&self, code: &str) -> i64 {
        let mut copy = *self;
        *copy.get_mut(code)
    }
    pub fn total(&self) -> i64 {
        OUTCOMES.iter().map(|c| self.get(c)).sum()
    }
}

/// The fields an update changes, by code.
fn changed(before: &OrgFields, after: &OrgFields) -> Vec<&'static str> {
    let mut changes = Vec::new();
    let mut check = |field: &'static str, same: bool| {
        if !same {
            changes.push(field);
        }
    };
    check("name", before.name == after.name);
    check("other_names", before.other_names == after.other_names);
    check("description", before.description == after.description);
    check("website", before.website == after.website);
    check("email", before.email == after.email);
    check("phone", before.phone == after.phone);
    check("area_served", before.area_served == after.area_served);
    check("org_type", before.org_type == after.org_type);
    check(
        "charity_register",
        before.charity_register == after.charity_register,
    );
    check(
        "charity_number",
        before.charity_number == after.charity_number,
    );
    check(
        "register_status",
        before.register_status == after.register_status,
    );
    check("nations", before.nations == after.nations);
    check(
        "characteristics",
        before.characteristics == after.characteristics,
    );
    check("goals", before.goals == after.goals);
    check("targets", before.targets == after.targets);
    changes
}

/// Plans rows in order, remembering what earlier rows did.
pub struct Planner {
    pub index: Index,
    pub mapping: Mapping,
    pub settings: Settings,
    pub lang: Lang,
}

/// A row matched but not yet compared with its record.
struct Pending {
    plan: RowPlan,
    has_status: bool,
    record: Option<OrganisationId>,
}

impl Planner {
    pub async fn new(
        db: &Db,
        header: &[String],
        settings: Settings,
        lang: Lang,
    ) -> AppResult<Planner> {
        Ok(Planner {
            index: Index::load(db).await?,
            mapping: settings.mapping(header),
            settings,
            lang,
        })
    }

    /// Plans a batch of rows (see the module documentation).
    pub async fn plan(&mut self, db: &Db, rows: Vec<FileRow>) -> AppResult<Vec<RowPlan>> {
        let pending: Vec<Pending> = rows.into_iter().map(|row| self.match_row(row)).collect();
        let ids: Vec<OrganisationId> = pending.iter().filter_map(|p| p.record).collect();
        let current = model::fields_of(db, &ids).await?;
        let mut plans: Vec<RowPlan> = pending
            .into_iter()
            .map(|p| self.compare(p, &current))
            .collect();
        // One lead network per nation: a new record cannot take a role already taken.
        for plan in plans.iter_mut().filter(|p| p.outcome == Outcome::Create) {
            let Some(fields) = plan.fields.as_mut() else {
                continue;
            };
            if !fields.lead_nation.is_empty() && !self.index.take_lead(&fields.lead_nation) {
                fields.lead_nation.clear();
                plan.notes.push(format!(
                    "{}: {}",
                    label(self.lang, "lead_nation"),
                    self.lang.t("import-note-lead-taken")
                ));
            }
        }
        Ok(plans)
    }

    fn match_row(&mut self, (row, cells): FileRow) -> Pending {
        let mut plan = RowPlan {
            row,
            name: String::new(),
            outcome: Outcome::Create,
            fields: None,
            uuid: String::new(),
            notes: Vec::new(),
            unmapped: Vec::new(),
            cells: Vec::new(),
            tags: Vec::new(),
        };
        let Ok(cells) = cells else {
            plan.outcome = Outcome::Refused(vec![self.lang.t("import-error-unreadable")]);
            return Pending {
                plan,
                has_status: false,
                record: None,
            };
        };
        let read = row_form(&cells, &self.mapping, &self.settings);
        plan.cells = cells;
        plan.name = read.form.name.chars().take(200).collect();
        plan.uuid = read.uuid;
        plan.tags = read.tags;
        let prepared = prepare(read.form, self.lang);
        plan.notes = prepared.notes;
        let Some(fields) = prepared.fields else {
            plan.outcome = Outcome::Refused(prepared.refused);
            return Pending {
                plan,
                has_status: false,
                record: None,
            };
        };
        if !read.unmapped.is_empty() {
            plan.notes.push(self.lang.t_args(
                "import-note-unmapped",
                &[("values", Arg::from(read.unmapped.join(", ")))],
            ));
        }
        plan.unmapped = read.unmapped;
        let (found, notes) = self.index.match_row(row, &fields);
        for note in notes {
            plan.notes.push(match note {
                Note::SameNameRow(other, name) => self.lang.t_args(
                    "import-note-same-name-row",
                    &[("row", Arg::from(other as i64)), ("name", Arg::from(name))],
                ),
                Note::SameNameRecord(name) => self
                    .lang
                    .t_args("import-note-same-name-record", &[("name", Arg::from(name))]),
            });
        }
        let found = match (found, self.settings.choices.get(&row).map(String::as_str)) {
            (Match::Ask { .. }, Some(CHOICE_NEW)) => Match::New,
            (Match::Ask { records, .. }, Some(choice)) if choice != CHOICE_SKIP => {
                match choice.parse::<i64>().ok().map(OrganisationId) {
                    Some(id) if records.iter().any(|(r, _)| *r == id) => Match::Record(id),
                    _ => Match::New,
                }
            }
            (Match::Ask { .. }, Some(_)) => {
                plan.outcome = Outcome::LeftAlone {
                    id: None,
                    reason: "import-left-chosen",
                };
                plan.fields = Some(fields);
                return Pending {
                    plan,
                    has_status: false,
                    record: None,
                };
            }
            (found, _) => found,
        };
        let record = match found {
            Match::New => None,
            Match::Record(id) => Some(id),
            Match::Ask {
                records,
                earlier_row,
                reason,
            } => {
                plan.outcome = Outcome::Ask {
                    records,
                    earlier_row,
                    reason,
                };
                None
            }
        };
        plan.fields = Some(fields);
        Pending {
            plan,
            has_status: read.has_status,
            record,
        }
    }

    fn compare(&self, pending: Pending, current: &HashMap<OrganisationId, OrgFields>) -> RowPlan {
        let Pending {
            mut plan,
            has_status,
            record,
        } = pending;
        let Some(id) = record else {
            return plan;
        };
        let Some(new) = plan.fields.take() else {
            return plan;
        };
        let Some(before) = current.get(&id) else {
            plan.outcome = Outcome::Create;
            plan.fields = Some(new);
            return plan;
        };
        let mut after = merge_fields(before, &new);
        // An import never lists or unlists a record: only its owner's consent does that.
        after.listed = before.listed;
        if has_status {
            after.register_status = new.register_status.clone();
        }
        let changes = changed(before, &after);
        plan.outcome = if changes.is_empty() {
            Outcome::Unchanged(id)
        } else if before.listed {
            plan.notes.push(
                self.lang.t_args(
                    "import-note-listed-changes",
                    &[(
                        "fields",
                        Arg::from(
                            changes
                                .iter()
                                .map(|f| label(self.lang, f))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    )],
                ),
            );
            Outcome::LeftAlone {
                id: Some(id),
                reason: "import-left-listed",
            }
        } else {
            Outcome::Update { id, changes }
        };
        plan.fields = Some(after);
        plan
    }
}
