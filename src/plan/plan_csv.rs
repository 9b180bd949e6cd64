//! Reading the plan's CSV (the columns `/plan.csv` writes, in any order and case): rows of
//! type `output` and `milestone`. Each row is checked on its own: the good ones are
//! imported together, the bad ones are kept with their line number, their text and what is
//! wrong, to be shown and corrected. An output row whose `output_id` is an output already
//! in the plan changes it; otherwise it is new, and milestone rows may name it by the
//! `output_id` it has in the file.

use super::exports::CSV_HEADER;
use super::form::OutputForm;
use super::model::{ImportedMilestone as MilestoneRow, ImportedOutput as OutputRow};
use crate::i18n::Lang;

/// At most this many rows are read from one file.
pub const MAX_ROWS: usize = 5000;

/// A row that was not imported: its line (1 is the header), its cells and the problem.
#[derive(Clone, Debug)]
pub struct BadRow {
    pub line: usize,
    pub cells: Vec<String>,
    pub problem: String,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub outputs: Vec<OutputRow>,
    pub milestones: Vec<MilestoneRow>,
    pub bad: Vec<BadRow>,
}

/// Why a whole file could not be read (the Fluent id).
pub fn read(bytes: &[u8], lang: Lang) -> Result<Parsed, &'static str> {
    let text =
        String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .cloned()
        .map_err(|_| "plan-import-unreadable")?;
    let at: Vec<Option<usize>> = CSV_HEADER
        .iter()
        .map(|name| {
            header
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        })
        .collect();
    if at[0].is_none() || at[3].is_none() {
        return Err("plan-import-columns");
    }
    let mut parsed = Parsed::default();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if i >= MAX_ROWS {
            return Err("plan-import-too-many");
        }
        let Ok(record) = record else {
            parsed.bad.push(BadRow {
                line,
                cells: Vec::new(),
                problem: lang.t("plan-import-unreadable-row"),
            });
            continue;
        };
        let cell = |n: usize| -> String {
            at[n]
                .and_then(|c| record.get(c))
                .map(|v| crate::http::download::restore(v.trim()).to_string())
                .unwrap_or_default()
        };
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        let bad = |problem: String| BadRow {
            line,
            cells: cells.clone(),
            problem,
        };
        match cell(0).to_lowercase().as_str() {
            "output" => {
                let percent = cell(11);
                let form = OutputForm {
                    title: cell(3),
                    description: cell(4),
                    starts_on: cell(6),
                    due_on: cell(7),
                    status: if cell(8).is_empty() {
                        "not_started".into()
                    } else {
                        cell(8)
                    },
                    status_reason: cell(10),
                    progress_mode: if percent.is_empty() {
                        "milestones".into()
                    } else {
                        "percent".into()
                    },
                    progress_percent: percent,
                    ..OutputForm::default()
                };
                match form.validate(lang, None) {
                    Ok(fields) => parsed.outputs.push(OutputRow {
                        reference: cell(1),
                        outcome: cell(2),
                        owner: cell(5),
                        fields,
                    }),
                    Err(errors) => parsed.bad.push(bad(errors
                        .list
                        .iter()
                        .map(|e| format!("{}: {}", e.field, e.message))
                        .collect::<Vec<_>>()
                        .join("; "))),
                }
            }
            "milestone" => {
                let mut errors = crate::forms::FieldErrors::new(lang);
                let title = cell(3);
                crate::forms::check_text(
                    &mut errors,
                    "title",
                    &title,
                    300,
                    "plan-error-title",
                    "plan-error-too-long",
                );
                let due = crate::forms::check_day(&mut errors, "due_on", &cell(7));
                let done = match cell(12) {
                    d if d.is_empty() => None,
                    d => crate::forms::check_day(&mut errors, "done_on", &d),
                };
                if cell(1).is_empty() {
                    errors.add("output_id", "plan-import-no-output");
                }
                match due {
                    Some(due_on) if errors.is_empty() => parsed.milestones.push(MilestoneRow {
                        line,
                        reference: cell(1),
                        title: title.trim().to_string(),
                        due_on,
                        done_on: done,
                    }),
                    _ => parsed.bad.push(bad(errors
                        .list
                        .iter()
                        .map(|e| format!("{}: {}", e.field, e.message))
                        .collect::<Vec<_>>()
                        .join("; "))),
                }
            }
            _ => parsed.bad.push(bad(lang.t("plan-import-type"))),
        }
    }
    Ok(parsed)
}
