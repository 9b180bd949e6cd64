//! An organisation's fields, their validation, and the checks of charity numbers.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::forms::{check_text, is_valid_email, FieldErrors};
use crate::i18n::Lang;
use crate::taxonomy;

pub const ORG_TYPES: [&str; 6] = [
    "charity",
    "community_group",
    "network",
    "social_enterprise",
    "public_body",
    "other",
];
pub const REGISTERS: [&str; 3] = ["england_wales", "scotland", "northern_ireland"];
/// A record's status on its charity register: live (`""`), removed or dissolved. Records
/// that are not live are kept and marked, and not counted in reach.
pub const REGISTER_STATUSES: [&str; 3] = ["", "removed", "dissolved"];

/// Everything a record holds that people edit. Also the shape of history snapshots and of
/// "include my organisation" submissions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgFields {
    pub name: String,
    pub other_names: String,
    pub description: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub area_served: String,
    pub org_type: String,
    pub charity_register: String,
    pub charity_number: String,
    pub lead_nation: String,
    /// `""` (live), `removed` or `dissolved` (see [`REGISTER_STATUSES`]).
    pub register_status: String,
    pub listed: bool,
    pub nations: Vec<String>,
    pub characteristics: Vec<String>,
    pub goals: Vec<i64>,
    pub targets: Vec<String>,
}

/// The form as posted (checkboxes repeat their name; `listed` is "1" when ticked).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrgForm {
    pub name: String,
    pub other_names: String,
    pub description: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub area_served: String,
    pub org_type: String,
    pub charity_register: String,
    pub charity_number: String,
    pub lead_nation: String,
    pub register_status: String,
    pub listed: String,
    pub nations: Vec<String>,
    pub characteristics: Vec<String>,
    pub goals: Vec<String>,
    pub targets: String,
    pub summary: String,
    /// "1" once a coordinator has seen the likely duplicates and confirmed it is new.
    pub confirm_new: String,
}

impl From<&OrgFields> for OrgForm {
    fn from(f: &OrgFields) -> OrgForm {
        OrgForm {
            name: f.name.clone(),
            other_names: f.other_names.clone(),
            description: f.description.clone(),
            website: f.website.clone(),
            email: f.email.clone(),
            phone: f.phone.clone(),
            area_served: f.area_served.clone(),
            org_type: f.org_type.clone(),
            charity_register: f.charity_register.clone(),
            charity_number: f.charity_number.clone(),
            lead_nation: f.lead_nation.clone(),
            register_status: f.register_status.clone(),
            listed: if f.listed { "1".into() } else { String::new() },
            nations: f.nations.clone(),
            characteristics: f.characteristics.clone(),
            goals: f.goals.iter().map(i64::to_string).collect(),
            targets: f.targets.join(", "),
            summary: String::new(),
            confirm_new: String::new(),
        }
    }
}

impl OrgForm {
    pub fn has_nation(&self, code: &str) -> bool {
        self.nations.iter().any(|n| n == code)
    }
    pub fn has_characteristic(&self, code: &str) -> bool {
        self.characteristics.iter().any(|c| c == code)
    }
    pub fn has_goal(&self, goal: &u8) -> bool {
        self.goals.iter().any(|g| g == &goal.to_string())
    }
}

/// Whether `number` is in the format of `register`'s charity numbers.
pub fn charity_number_ok(register: &str, number: &str) -> bool {
    let n = number.trim().to_ascii_uppercase();
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    match register {
        // Charity Commission for England and Wales: 6 or 7 digits, maybe "-1" for a linked charity.
        "england_wales" => {
            let (main, linked) = n.split_once('-').unwrap_or((&n, ""));
            digits(main, 6..=7) && (linked.is_empty() || digits(linked, 1..=2))
        }
        // OSCR: SC followed by six digits.
        "scotland" => n.strip_prefix("SC").is_some_and(|d| digits(d, 6..=6)),
        // Charity Commission for Northern Ireland: six digits, often written NIC100002.
        "northern_ireland" => digits(n.strip_prefix("NIC").unwrap_or(&n), 6..=6),
        _ => false,
    }
}

/// Validates the form; on success the cleaned fields.
/// A phone number: digits, spaces, `+ ( ) -`, and optionally an extension at the end
/// ("ext. 22", "extension 22", "x22").
pub fn phone_ok(phone: &str) -> bool {
    let lower = phone.to_ascii_lowercase();
    let (main, extension) = match lower.find(|c: char| c.is_ascii_alphabetic()) {
        Some(at) => lower.split_at(at),
        None => (lower.as_str(), ""),
    };
    let main_ok = main.chars().any(|c| c.is_ascii_digit())
        && main
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-".contains(c));
    let extension_ok = extension.is_empty() || {
        let digits = ["extension", "extn", "ext", "x"]
            .iter()
            .find_map(|word| extension.strip_prefix(word))
            .map(|rest| rest.trim_start_matches(['.', ':', ' ']));
        digits
            .is_some_and(|d| !d.is_empty() && d.len() <= 6 && d.chars().all(|c| c.is_ascii_digit()))
    };
    main_ok && extension_ok
}

pub fn validate(form: &OrgForm, lang: Lang) -> Result<OrgFields, FieldErrors> {
    let mut errors = FieldErrors::new(lang);
    check_text(
        &mut errors,
        "name",
        &form.name,
        200,
        "orgs-error-name-missing",
        "orgs-error-too-long",
    );
    for (field, value, max) in [
        ("other_names", &form.other_names, 500),
        ("description", &form.description, 5000),
        ("area_served", &form.area_served, 200),
        ("summary", &form.summary, 500),
    ] {
        if value.chars().count() > max {
            errors.add(field, "orgs-error-too-long");
        }
    }
    let website = form.website.trim();
    if !website.is_empty() {
        let ok = Url::parse(website)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some());
        if !ok || website.len() > 500 {
            errors.add("website", "orgs-error-website");
        }
    }
    let email = form.email.trim();
    if !email.is_empty() && (!is_valid_email(email) || email.len() > 254) {
        errors.add("email", "error-email-invalid");
    }
    let phone = form.phone.trim();
    if !phone.is_empty() && (phone.len() > 40 || !phone_ok(phone)) {
        errors.add("phone", "orgs-error-phone");
    }
    let org_type = if form.org_type.is_empty() {
        "other"
    } else {
        form.org_type.as_str()
    };
    if !ORG_TYPES.contains(&org_type) {
        errors.add("org_type", "orgs-error-choose");
    }
    let register = form.charity_register.trim();
    let number = form.charity_number.trim().to_ascii_uppercase();
    match (register.is_empty(), number.is_empty()) {
        (true, true) => {}
        (true, false) => errors.add("charity_register", "orgs-error-register-missing"),
        (false, true) => errors.add("charity_number", "orgs-error-charity-number-missing"),
        (false, false) => {
            if !REGISTERS.contains(&register) {
                errors.add("charity_register", "orgs-error-choose");
            } else if !charity_number_ok(register, &number) {
                errors.add(
                    "charity_number",
                    &format!("orgs-error-charity-number-{}", register.replace('_', "-")),
                );
            }
        }
    }
    let register_status = form.register_status.trim();
    if !REGISTER_STATUSES.contains(&register_status) {
        errors.add("register_status", "orgs-error-choose");
    }
    let mut nations: Vec<String> = form
        .nations
        .iter()
        .filter(|n| !n.is_empty())
        .cloned()
        .collect();
    if nations.iter().any(|n| !taxonomy::is_nation(n)) {
        errors.add("nations", "orgs-error-choose");
    }
    let lead = form.lead_nation.trim().to_string();
    if !lead.is_empty() {
        if !taxonomy::LEAD_NATIONS.contains(&lead.as_str()) {
            errors.add("lead_nation", "orgs-error-choose");
        } else if !nations.contains(&lead) {
            nations.push(lead.clone());
        }
    }
    let characteristics: Vec<String> = form
        .characteristics
        .iter()
        .filter(|c| !c.is_empty())
        .cloned()
        .collect();
    if characteristics
        .iter()
        .any(|c| !taxonomy::is_characteristic(c))
    {
        errors.add("characteristics", "orgs-error-choose");
    }
    let mut goals: Vec<i64> = Vec::new();
    for g in form.goals.iter().filter(|g| !g.is_empty()) {
        match g.parse::<i64>() {
            Ok(n) if taxonomy::is_goal(n) => goals.push(n),
            _ => errors.add("goals", "orgs-error-choose"),
        }
    }
    let mut targets = Vec::new();
    for t in form
        .targets
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if taxonomy::is_target(t) {
            targets.push(t.to_string());
            if let Some(goal) = t.split('.').next().and_then(|g| g.parse::<i64>().ok()) {
                if !goals.contains(&goal) {
                    goals.push(goal);
                }
            }
        } else {
            errors.add("targets", "orgs-error-target");
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // The same value twice (a repeated checkbox, "Age;Age" in a CSV) counts once.
    let mut characteristics = characteristics;
    characteristics.sort();
    characteristics.dedup();
    nations.sort();
    nations.dedup();
    goals.sort_unstable();
    goals.dedup();
    targets.sort();
    targets.dedup();
    Ok(OrgFields {
        name: form.name.trim().to_string(),
        other_names: form.other_names.trim().to_string(),
        description: form.description.trim().to_string(),
        website: website.to_string(),
        email: email.to_lowercase(),
        phone: phone.to_string(),
        area_served: form.area_served.trim().to_string(),
        org_type: org_type.to_string(),
        charity_register: register.to_string(),
        charity_number: super::keys::charity_number(register, &number),
        lead_nation: lead,
        register_status: register_status.to_string(),
        listed: form.listed == "1",
        nations,
        characteristics,
        goals,
        targets,
    })
}

/// Combines two records' details into the first: empty fields are filled from the second,
/// lists are joined; the first keeps its name and lead-network role.
pub fn merge_fields(existing: &OrgFields, new: &OrgFields) -> OrgFields {
    let pick = |a: &String, b: &String| if a.is_empty() { b.clone() } else { a.clone() };
    let join = |a: &[String], b: &[String]| {
        let mut all: Vec<String> = a.iter().chain(b).cloned().collect();
        all.sort();
        all.dedup();
        all
    };
    let mut goals: Vec<i64> = existing.goals.iter().chain(&new.goals).copied().collect();
    goals.sort_unstable();
    goals.dedup();
    OrgFields {
        name: existing.name.clone(),
        other_names: pick(&existing.other_names, &new.other_names),
        description: pick(&existing.description, &new.description),
        website: pick(&existing.website, &new.website),
        email: pick(&existing.email, &new.email),
        phone: pick(&existing.phone, &new.phone),
        area_served: pick(&existing.area_served, &new.area_served),
        org_type: if existing.org_type == "other" {
            new.org_type.clone()
        } else {
            existing.org_type.clone()
        },
        charity_register: pick(&existing.charity_register, &new.charity_register),
        charity_number: pick(&existing.charity_number, &new.charity_number),
        lead_nation: existing.lead_nation.clone(),
        register_status: existing.register_status.clone(),
        listed: existing.listed || new.listed,
        nations: join(&existing.nations, &new.nations),
        characteristics: join(&existing.characteristics, &new.characteristics),
        goals,
        targets: join(&existing.targets, &new.targets),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charity_numbers_are_checked_per_register() {
        assert!(charity_number_ok("england_wales", "1123456"));
        assert!(charity_number_ok("england_wales", "220949"));
        assert!(charity_number_ok("england_wales", "1123456-1"));
        assert!(!charity_number_ok("england_wales", "SC012345"));
        assert!(!charity_number_ok("england_wales", "12345"));
        assert!(charity_number_ok("scotland", "SC012345"));
        assert!(charity_number_ok("scotland", "sc012345"));
        assert!(!charity_number_ok("scotland", "SC12345"));
        assert!(charity_number_ok("northern_ireland", "NIC100002"));
        assert!(charity_number_ok("northern_ireland", "100002"));
        assert!(!charity_number_ok("northern_ireland", "NIC1000021"));
    }

    #[test]
    fn validation_cleans_and_collects_errors() {
        let form = OrgForm {
            name: "  Inclusion Scotland ".into(),
            website: "https://inclusionscotland.org".into(),
            charity_register: "scotland".into(),
            charity_number: "sc033541".into(),
            lead_nation: "scotland".into(),
            targets: "10.2, 16.7".into(),
            characteristics: vec!["disability".into()],
            ..OrgForm::default()
        };
        let fields = validate(&form, Lang::En).unwrap();
        assert_eq!(fields.name, "Inclusion Scotland");
        let repeated = OrgForm {
            name: "Twice".into(),
            characteristics: vec!["age".into(), "age".into()],
            nations: vec!["wales".into(), "wales".into()],
            targets: "10.2, 10.2".into(),
            ..OrgForm::default()
        };
        let once = validate(&repeated, Lang::En).unwrap();
        assert_eq!(
            (
                once.characteristics.len(),
                once.nations.len(),
                once.targets.len()
            ),
            (1, 1, 1)
        );
        assert_eq!(fields.charity_number, "SC033541");
        assert_eq!(fields.nations, vec!["scotland"]);
        assert_eq!(fields.goals, vec![10, 16]);
        let bad = OrgForm {
            website: "javascript:alert(1)".into(),
            charity_register: "scotland".into(),
            charity_number: "123".into(),
            targets: "99.9".into(),
            nations: vec!["atlantis".into()],
            ..OrgForm::default()
        };
        let errors = validate(&bad, Lang::En).unwrap_err();
        for field in ["name", "website", "charity_number", "targets", "nations"] {
            assert!(errors.has(field), "{field}");
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::orgs::fields::merge_fields;

    #[test]
    fn merging_fills_gaps_and_joins_lists() {
        let existing = OrgFields {
            name: "Involve".into(),
            website: "https://involve.org.uk".into(),
            nations: vec!["england".into()],
            goals: vec![16],
            ..OrgFields::default()
        };
        let new = OrgFields {
            name: "Involve UK".into(),
            website: "https://other.example".into(),
            email: "hello@involve.org.uk".into(),
            nations: vec!["scotland".into()],
            goals: vec![10, 16],
            ..OrgFields::default()
        };
        let m = merge_fields(&existing, &new);
        assert_eq!(m.name, "Involve");
        assert_eq!(m.website, "https://involve.org.uk");
        assert_eq!(m.email, "hello@involve.org.uk");
        assert_eq!(m.nations, vec!["england", "scotland"]);
        assert_eq!(m.goals, vec![10, 16]);
    }
}
