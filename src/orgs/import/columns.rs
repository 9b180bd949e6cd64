//! The fields a file's columns fill: which heading most likely means which field, and a
//! row read through the settings (its mapped columns, the constants, the value mapping) as
//! the organisation form.

use super::settings::{Mapping, Settings};
use super::values;
use crate::i18n::Lang;
use crate::orgs::fields::OrgForm;
use crate::taxonomy;

/// The fields a column can fill (or a constant give), by form name. `id` is a record's
/// public id (our own exports carry it), `categories` the column whose wordings are
/// value-mapped.
pub const FIELDS: [&str; 20] = [
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
    "lead_nation",
    "register_status",
    "categories",
    "tags",
    "id",
];

/// The field's name people read (`import-field-*`).
pub fn label(lang: Lang, field: &str) -> String {
    lang.t(&format!("import-field-{}", field.replace('_', "-")))
}

/// The field a person named, by its label (in either language) or code, singular or
/// plural ("nation", "Nations", "nations").
pub fn field_named(name: &str) -> Option<&'static str> {
    let wanted = crate::search::fold(name.trim());
    FIELDS
        .iter()
        .copied()
        .find(|f| {
            let names = [
                f.to_string(),
                f.replace('_', " "),
                crate::search::fold(&label(Lang::En, f)),
                crate::search::fold(&label(Lang::Cy, f)),
            ];
            names
                .iter()
                .any(|n| *n == wanted || n.strip_suffix('s') == Some(wanted.as_str()))
        })
        .or_else(|| guess(name))
}

/// The field a column header most likely means.
pub fn guess(header: &str) -> Option<&'static str> {
    let h: String = header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let table: [(&[&str], &'static str); 20] = [
        (
            &[
                "name",
                "organisation",
                "organization",
                "organisationname",
                "organizationname",
                "charityname",
                "registeredname",
                "enw",
            ],
            "name",
        ),
        (
            &["othernames", "alsoknownas", "aka", "alternatename"],
            "other_names",
        ),
        (
            &[
                "description",
                "about",
                "summary",
                "disgrifiad",
                "whatthecharitydoes",
                "activities",
                "objects",
            ],
            "description",
        ),
        (&["website", "web", "url", "gwefan"], "website"),
        (&["email", "emailaddress", "ebost"], "email"),
        (&["phone", "telephone", "tel", "ffon"], "phone"),
        (&["areaserved", "area", "region"], "area_served"),
        (
            &["type", "orgtype", "organisationtype", "organizationtype"],
            "org_type",
        ),
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
                "regcharitynumber",
                "charitynumberregistered",
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
        (
            &["leadnetworkfor", "leadnation", "leadnetwork"],
            "lead_nation",
        ),
        (
            &[
                "status",
                "registerstatus",
                "registrationstatus",
                "charitystatus",
            ],
            "register_status",
        ),
        (
            &[
                "categories",
                "whothecharityhelps",
                "beneficiaries",
                "whoithelps",
                "classification",
                "beneficiarygroups",
            ],
            "categories",
        ),
        (&["tags", "tag", "labels"], "tags"),
        (&["id", "uuid"], "id"),
    ];
    table
        .iter()
        .find(|(names, _)| names.contains(&h.as_str()))
        .map(|(_, f)| *f)
}

/// A code a cell or constant may spell as its label: "Northern Ireland", "northern-ireland".
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

/// What a register writes for a charity that is no longer on it.
fn register_status(value: &str) -> String {
    let v = value.trim().to_lowercase();
    if v.contains("dissolv") || v.contains("wound up") || v.contains("ceased") {
        "dissolved".into()
    } else if v.contains("remov") || v.contains("deregist") || v.contains("de-regist") {
        "removed".into()
    } else {
        String::new()
    }
}

/// A register written as a code or as its regulator's name.
fn register(value: &str) -> String {
    let v = value.trim().to_lowercase();
    if v.contains("scot") || v.contains("oscr") {
        "scotland".into()
    } else if v.contains("northern") || v.contains("ccni") || v == "ni" {
        "northern_ireland".into()
    } else if v.contains("england") || v.contains("wales") || v == "ccew" {
        "england_wales".into()
    } else {
        code(value)
    }
}

/// Yes-like answers, in English and Welsh.
fn yes(value: &str) -> bool {
    ["1", "yes", "y", "true", "ie", "listed"].contains(&value.trim().to_lowercase().as_str())
}

/// A row read through the settings.
#[derive(Debug, Default)]
pub struct RowForm {
    pub form: OrgForm,
    /// The public id the row carries (our exports' `id` column), if any.
    pub uuid: String,
    /// Wordings of the value-mapped column that mean nothing under the settings.
    pub unmapped: Vec<String>,
    /// The coordinators' private tags the row's record gets.
    pub tags: Vec<String>,
    /// Whether the row says anything about its register status (a mapped column or a
    /// constant): if not, an update leaves a record's status as it is.
    pub has_status: bool,
}

/// A row as the organisation form, through the mapping, the constants (for fields the row
/// leaves empty) and the value mapping.
pub fn row_form(row: &[String], mapping: &Mapping, settings: &Settings) -> RowForm {
    let get = |field: &str| {
        let own = mapping
            .get(field)
            .and_then(|&i| row.get(i))
            .map(|v| v.trim().to_string())
            .unwrap_or_default();
        if own.is_empty() {
            settings.constant(field).unwrap_or_default().to_string()
        } else {
            own
        }
    };
    let list = |field: &str| {
        values::split(&get(field))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let number = get("charity_number");
    let mut charity_register = register(&get("charity_register"));
    if charity_register.is_empty() {
        charity_register = crate::orgs::keys::register_of(&number)
            .unwrap_or_default()
            .to_string();
    }
    let mapped = values::apply(settings, &get("categories"));
    let mut form = OrgForm {
        name: get("name"),
        other_names: get("other_names"),
        description: get("description"),
        website: get("website"),
        email: get("email"),
        phone: get("phone"),
        area_served: get("area_served"),
        org_type: code(&get("org_type")),
        charity_register,
        charity_number: number,
        lead_nation: code(&get("lead_nation")),
        register_status: register_status(&get("register_status")),
        listed: if yes(&get("listed")) {
            "1".into()
        } else {
            String::new()
        },
        nations: list("nations").iter().map(|n| code(n)).collect(),
        characteristics: list("characteristics")
            .iter()
            .map(|c| characteristic_code(c))
            .collect(),
        goals: list("goals")
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
    };
    form.characteristics.extend(mapped.characteristics);
    form.nations.extend(mapped.nations);
    form.goals.extend(mapped.goals);
    RowForm {
        form,
        uuid: get("id"),
        tags: list("tags"),
        unmapped: mapped.unmapped,
        has_status: mapping.contains_key("register_status")
            || settings.constant("register_status").is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            &Settings::default(),
        )
        .form;
        assert_eq!(form.nations, vec!["wales", "northern_ireland"]);
        assert_eq!(
            form.characteristics,
            vec!["disability", "religion_or_belief"]
        );
        assert_eq!(form.goals, vec!["10", "16"]);
        assert_eq!(field_named("nation"), Some("nations"));
        assert_eq!(field_named("Charity register"), Some("charity_register"));
    }

    #[test]
    fn constants_fill_what_a_row_leaves_empty_and_registers_are_read_from_numbers() {
        let mapping: Mapping = [("name", 0), ("charity_number", 1), ("register_status", 2)]
            .into_iter()
            .collect();
        let mut settings = Settings::default();
        settings
            .constants
            .insert("nations".into(), "Northern Ireland".into());
        let row = row_form(
            &["Cara".into(), "NIC100002".into(), "Removed".into()],
            &mapping,
            &settings,
        );
        assert_eq!(row.form.nations, vec!["northern_ireland"]);
        assert_eq!(row.form.charity_register, "northern_ireland");
        assert_eq!(row.form.register_status, "removed");
        assert!(row.has_status);
    }
}
