//! CSV import of organisations: decoding (UTF-8 with or without a byte-order mark, else
//! Windows-1252), tolerant parsing (quoted newlines, ragged rows), mapping columns to
//! fields, per-row validation, and the import itself: in batches of [`BATCH`] rows per
//! transaction, in a background task that records its progress, matching existing records
//! (same charity number, else the same name) so that importing again updates them.

use std::collections::HashMap;

use sqlx::Row;

use super::duplicates::name_key;
use super::fields::{merge_fields, validate, OrgFields, OrgForm};
use super::model;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::storage::{now, Db};
use crate::taxonomy;

pub const BATCH: usize = 500;

/// The fields a column can be mapped to, by form name.
pub const FIELDS: [&str; 15] = [
    "name",
    "other_names",
    "description",
    "website",
    "email",
    "phone",
    "area_served",
    "org_type",
    "charity_register",
    "charity_number",
    "nations",
    "characteristics",
    "goals",
    "targets",
    "listed",
];

/// Decodes an uploaded file: UTF-8 (a byte-order mark is dropped) or else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The header and rows of a CSV text; a row that cannot be read is `Err` with its number.
pub fn parse(text: &str) -> (Vec<String>, Vec<Result<Vec<String>, usize>>) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default();
    let rows = reader
        .records()
        .enumerate()
        .map(|(i, r)| {
            r.map(|rec| rec.iter().map(str::to_string).collect())
                .map_err(|_| i + 2)
        })
        .collect();
    (header, rows)
}

/// The field a column header most likely means.
pub fn guess(header: &str) -> Option<&'static str> {
    let h: String = header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let table: [(&[&str], &'static str); 15] = [
        (
            &[
                "name",
                "organisation",
                "organization",
                "organisationname",
                "organizationname",
                "enw",
            ],
            "name",
        ),
        (
            &["othernames", "alsoknownas", "aka", "alternatename"],
            "other_names",
        ),
        (
            &["description", "about", "summary", "disgrifiad"],
            "description",
        ),
        (&["website", "web", "url", "gwefan"], "website"),
        (&["email", "emailaddress", "ebost"], "email"),
        (&["phone", "telephone", "tel", "ffon"], "phone"),
        (&["areaserved", "area", "region"], "area_served"),
        (&["type", "orgtype", "organisationtype"], "org_type"),
        (
            &["charityregister", "register", "regulator"],
            "charity_register",
        ),
        (
            &[
                "charitynumber",
                "charityno",
                "registeredcharitynumber",
                "charity",
            ],
            "charity_number",
        ),
        (
            &["nations", "nation", "country", "countries", "gwlad"],
            "nations",
        ),
        (
            &["characteristics", "protectedcharacteristics", "groups"],
            "characteristics",
        ),
        (&["goals", "sdgs", "sdggoals", "sdg"], "goals"),
        (&["targets", "sdgtargets"], "targets"),
        (&["listed", "consent", "public"], "listed"),
    ];
    table
        .iter()
        .find(|(names, _)| names.contains(&h.as_str()))
        .map(|(_, f)| *f)
}

/// Column index for each field (None: not imported).
pub type Mapping = HashMap<&'static str, usize>;

fn list(value: &str) -> Vec<String> {
    value
        .split([';', ',', '|'])
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

/// A label or code ("Northern Ireland", "northern_ireland") as a code.
fn code(value: &str) -> String {
    value.trim().to_lowercase().replace(['-', ' '], "_")
}

fn characteristic_code(value: &str) -> String {
    let c = code(value);
    if taxonomy::is_characteristic(&c) {
        return c;
    }
    taxonomy::characteristics()
        .iter()
        .find(|k| c.starts_with(k.as_str()))
        .cloned()
        .unwrap_or(c)
}

/// A row as the organisation form, through the mapping.
pub fn row_form(row: &[String], mapping: &Mapping) -> OrgForm {
    let get = |field: &str| {
        mapping
            .get(field)
            .and_then(|&i| row.get(i))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let listed = get("listed").to_lowercase();
    OrgForm {
        name: get("name"),
        other_names: get("other_names"),
        description: get("description"),
        website: get("website"),
        email: get("email"),
        phone: get("phone"),
        area_served: get("area_served"),
        org_type: code(&get("org_type")),
        charity_register: code(&get("charity_register")),
        charity_number: get("charity_number"),
        lead_nation: String::new(),
        listed: if ["1", "yes", "y", "true", "ie"].contains(&listed.as_str()) {
            "1".into()
        } else {
            String::new()
        },
        nations: list(&get("nations")).iter().map(|n| code(n)).collect(),
        characteristics: list(&get("characteristics"))
            .iter()
            .map(|c| characteristic_code(c))
            .collect(),
        goals: list(&get("goals"))
            .iter()
            .map(|g| {
                g.trim_start_matches(|c: char| !c.is_ascii_digit())
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect()
            })
            .collect(),
        targets: get("targets"),
        summary: String::new(),
        confirm_new: String::new(),
    }
}

/// One row's outcome in a preview: its number, the organisation's name and any problems.
pub struct RowCheck {
    pub line: usize,
    pub name: String,
    pub problems: Vec<String>,
    /// The existing record this row matches (it will be updated, not duplicated).
    pub updates: Option<String>,
}

/// Existing records by name key, for telling which rows will update rather than add.
pub async fn existing_names(db: &Db) -> AppResult<HashMap<String, String>> {
    let rows = sqlx::query("SELECT name FROM organisations WHERE merged_into IS NULL")
        .fetch_all(&db.pool)
        .await?;
    let mut names = HashMap::new();
    for r in rows {
        let name: String = r.try_get("name")?;
        names.insert(name_key(&name), name);
    }
    Ok(names)
}

/// Validates every row; returns (valid count, the checks of the first `preview` rows and of
/// every invalid row up to 200).
pub fn check(
    rows: &[Result<Vec<String>, usize>],
    mapping: &Mapping,
    lang: Lang,
    preview: usize,
    existing: &HashMap<String, String>,
) -> (usize, Vec<RowCheck>) {
    let mut valid = 0;
    let mut shown = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let line = i + 2;
        let (name, problems) = match row {
            Err(_) => (String::new(), vec![lang.t("import-error-unreadable")]),
            Ok(cells) => {
                let form = row_form(cells, mapping);
                match validate(&form, lang) {
                    Ok(_) => (form.name, Vec::new()),
                    Err(errors) => (
                        form.name,
                        errors
                            .list
                            .iter()
                            .map(|e| format!("{}: {}", e.field, e.message))
                            .collect(),
                    ),
                }
            }
        };
        if problems.is_empty() {
            valid += 1;
        }
        if i < preview || (!problems.is_empty() && shown.len() < 200) {
            let updates = existing.get(&name_key(&name)).cloned();
            shown.push(RowCheck {
                line,
                name: name.chars().take(120).collect(),
                problems,
                updates,
            });
        }
    }
    (valid, shown)
}

/// Stores an upload; returns its id.
pub async fn store(db: &Db, user_id: i64, file_name: &str, content: &str) -> AppResult<i64> {
    let row = sqlx::query(
        "INSERT INTO organisation_imports (created_by, file_name, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(user_id)
    .bind(file_name.to_string())
    .bind(content.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

#[derive(Clone, Debug)]
pub struct ImportRow {
    pub id: i64,
    pub file_name: String,
    pub content: String,
    pub status: String,
    pub total: i64,
    pub done: i64,
    pub created: i64,
    pub updated: i64,
    pub skipped: i64,
}

pub async fn load(db: &Db, id: i64) -> AppResult<Option<ImportRow>> {
    let row = sqlx::query("SELECT id, file_name, content, status, total, done, created, updated, skipped FROM organisation_imports WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(ImportRow {
            id: r.try_get("id")?,
            file_name: r.try_get("file_name")?,
            content: r.try_get("content")?,
            status: r.try_get("status")?,
            total: r.try_get("total")?,
            done: r.try_get("done")?,
            created: r.try_get("created")?,
            updated: r.try_get("updated")?,
            skipped: r.try_get("skipped")?,
        })
    })
    .transpose()
}

/// Marks an import as started (once); false if it already was.
pub async fn start(db: &Db, id: i64, mapping_json: &str, total: i64) -> AppResult<bool> {
    let result = sqlx::query("UPDATE organisation_imports SET status = 'running', mapping = $1, total = $2 WHERE id = $3 AND status = 'uploaded'")
        .bind(mapping_json.to_string())
        .bind(total)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Imports the rows: creates new records, updates the ones already there. Progress is
/// written after each batch.
pub async fn run(
    db: Db,
    id: i64,
    rows: Vec<Result<Vec<String>, usize>>,
    mapping: Mapping,
    author: (i64, String),
    summary: String,
) -> AppResult<()> {
    let existing = sqlx::query("SELECT id, name, charity_register, charity_number FROM organisations WHERE merged_into IS NULL")
        .fetch_all(&db.pool)
        .await?;
    let mut by_charity: HashMap<(String, String), i64> = HashMap::new();
    let mut by_name: HashMap<String, i64> = HashMap::new();
    for r in &existing {
        let org_id: i64 = r.try_get("id")?;
        let number: String = r.try_get("charity_number")?;
        if !number.is_empty() {
            by_charity.insert((r.try_get("charity_register")?, number), org_id);
        }
        by_name.insert(name_key(&r.try_get::<String, _>("name")?), org_id);
    }
    let (mut done, mut created, mut updated, mut skipped) = (0i64, 0i64, 0i64, 0i64);
    for chunk in rows.chunks(BATCH) {
        let mut tx = db.begin_write().await?;
        for row in chunk {
            done += 1;
            let Ok(cells) = row else {
                skipped += 1;
                continue;
            };
            let Ok(fields) = validate(&row_form(cells, &mapping), Lang::En) else {
                skipped += 1;
                continue;
            };
            let matched = if fields.charity_number.is_empty() {
                None
            } else {
                by_charity
                    .get(&(
                        fields.charity_register.clone(),
                        fields.charity_number.clone(),
                    ))
                    .copied()
            }
            .or_else(|| by_name.get(&name_key(&fields.name)).copied());
            match matched {
                Some(org_id) => {
                    let current = current_fields(&mut tx, org_id).await?;
                    let merged: OrgFields = merge_fields(&fields, &current);
                    if model::update_in(
                        &mut tx,
                        db.backend,
                        org_id,
                        &merged,
                        (Some(author.0), &author.1),
                        &summary,
                    )
                    .await?
                    .is_ok()
                    {
                        updated += 1;
                    } else {
                        skipped += 1;
                    }
                }
                None => match model::create_in(
                    &mut tx,
                    db.backend,
                    &fields,
                    (Some(author.0), &author.1),
                    &summary,
                    false,
                )
                .await?
                {
                    Ok((org_id, _)) => {
                        created += 1;
                        by_name.insert(name_key(&fields.name), org_id);
                        if !fields.charity_number.is_empty() {
                            by_charity.insert(
                                (
                                    fields.charity_register.clone(),
                                    fields.charity_number.clone(),
                                ),
                                org_id,
                            );
                        }
                    }
                    Err(_) => skipped += 1,
                },
            }
        }
        tx.commit().await?;
        sqlx::query("UPDATE organisation_imports SET done = $1, created = $2, updated = $3, skipped = $4 WHERE id = $5")
            .bind(done)
            .bind(created)
            .bind(updated)
            .bind(skipped)
            .bind(id)
            .execute(&db.pool)
            .await?;
        tracing::info!(
            import = id,
            done,
            total = rows.len(),
            created,
            updated,
            skipped,
            "importing organisations"
        );
    }
    sqlx::query("UPDATE organisation_imports SET status = 'done', finished_at = $1, content = '' WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A record's current fields (for updating it from an import), read inside the batch.
async fn current_fields(tx: &mut crate::storage::WriteTx, org_id: i64) -> AppResult<OrgFields> {
    let row = sqlx::query("SELECT snapshot FROM organisation_revisions WHERE organisation_id = $1 ORDER BY id DESC LIMIT 1")
        .bind(org_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(match row {
        Some(r) => serde_json::from_str(&r.try_get::<String, _>("snapshot")?).unwrap_or_default(),
        None => OrgFields::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_bom_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFname\nCaf\xC3\xA9"), "name\nCafé");
        assert_eq!(
            decode(b"name\nCaf\xE9 \x93quoted\x94"),
            "name\nCafé \u{201c}quoted\u{201d}"
        );
    }

    #[test]
    fn parsing_tolerates_quoted_newlines_and_ragged_rows() {
        let (header, rows) =
            parse("name,description\n\"A\",\"line one\nline two\"\nB\nC,x,extra\n");
        assert_eq!(header, vec!["name", "description"]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].as_ref().unwrap()[1], "line one\nline two");
        assert_eq!(rows[1].as_ref().unwrap().len(), 1);
        assert_eq!(rows[2].as_ref().unwrap().len(), 3);
    }

    #[test]
    fn headers_are_guessed_and_rows_read() {
        assert_eq!(guess("Organisation Name"), Some("name"));
        assert_eq!(guess("Charity No."), Some("charity_number"));
        assert_eq!(guess("Web"), Some("website"));
        assert_eq!(guess("Colour"), None);
        let mapping: Mapping = [
            ("name", 0),
            ("nations", 1),
            ("characteristics", 2),
            ("goals", 3),
        ]
        .into_iter()
        .collect();
        let form = row_form(
            &[
                "Deaf Cymru".into(),
                "Wales; Northern Ireland".into(),
                "Disability, Religion or belief".into(),
                "Goal 10; 16".into(),
            ],
            &mapping,
        );
        assert_eq!(form.nations, vec!["wales", "northern_ireland"]);
        assert_eq!(
            form.characteristics,
            vec!["disability", "religion_or_belief"]
        );
        assert_eq!(form.goals, vec!["10", "16"]);
    }
}
