//! CSV import of organisations: decoding (UTF-8 with or without a byte-order mark, else
//! Windows-1252), tolerant parsing (quoted newlines, ragged rows), mapping columns to
//! fields and per-row validation. The import itself, a durable job, is `import_job`.

use std::collections::HashMap;

use sqlx::Row;

use super::duplicates::name_key;
use super::fields::OrgForm;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::storage::Db;
use crate::taxonomy;

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
    /// Why the row is refused.
    pub problems: Vec<String>,
    /// Fixes made and optional fields left out (the row is still imported).
    pub notes: Vec<String>,
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

/// Checks every row as the import will treat it (`import_rows::prepare`); returns (the
/// count of rows that will be imported, the checks of the first `preview` rows and of
/// every refused row up to 200).
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
        let (name, problems, notes) = match row {
            Err(_) => (
                String::new(),
                vec![lang.t("import-error-unreadable")],
                Vec::new(),
            ),
            Ok(cells) => {
                let form = row_form(cells, mapping);
                let name = form.name.clone();
                let prepared = super::import_rows::prepare(form, lang);
                (name, prepared.refused, prepared.notes)
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
                notes,
                updates,
            });
        }
    }
    (valid, shown)
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
