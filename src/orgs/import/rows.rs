//! One row of an import made into a record. What can be fixed safely is fixed and said so
//! (a website written as a bare host, `www.example.org`, gets `https://`); a problem in an
//! optional field leaves that field out of the record and is listed, rather than refusing
//! the row. Only a row without a usable name is refused.

use super::columns::label;
use crate::i18n::Lang;
use crate::orgs::fields::{validate, OrgFields, OrgForm};

/// What became of a row.
#[derive(Debug, Default)]
pub struct Prepared {
    /// The record, unless the row was refused.
    pub fields: Option<OrgFields>,
    /// Fixes made and fields left out, as "field: what happened".
    pub notes: Vec<String>,
    /// Why the row was refused.
    pub refused: Vec<String>,
}

/// `https://` + `website` when `website` is a bare host with a dot in it (and perhaps a
/// path), which is how registers and spreadsheets often write addresses.
fn with_scheme(website: &str) -> Option<String> {
    if website.contains("://") || website.contains(char::is_whitespace) {
        return None;
    }
    let candidate = format!("https://{website}");
    let parsed = url::Url::parse(&candidate).ok()?;
    let host = parsed.host_str()?;
    (host.contains('.') && !host.starts_with('.') && !host.ends_with('.')).then_some(candidate)
}

/// Empties `field` of `form` (a field code as `validate` reports it).
fn leave_out(form: &mut OrgForm, field: &str) {
    match field {
        "other_names" => form.other_names.clear(),
        "description" => form.description.clear(),
        "area_served" => form.area_served.clear(),
        "summary" => form.summary.clear(),
        "website" => form.website.clear(),
        "email" => form.email.clear(),
        "phone" => form.phone.clear(),
        "org_type" => form.org_type.clear(),
        "charity_register" | "charity_number" => {
            form.charity_register.clear();
            form.charity_number.clear();
        }
        "nations" => form.nations.clear(),
        "register_status" => form.register_status.clear(),
        "lead_nation" => form.lead_nation.clear(),
        "characteristics" => form.characteristics.clear(),
        "goals" => form.goals.clear(),
        "targets" => form.targets.clear(),
        _ => {}
    }
}

/// The row refused, for `errors`.
fn refused(notes: Vec<String>, errors: &crate::forms::FieldErrors, lang: Lang) -> Prepared {
    Prepared {
        fields: None,
        notes,
        refused: errors
            .list
            .iter()
            .map(|e| format!("{}: {}", label(lang, &e.field), e.message))
            .collect(),
    }
}

/// Makes the record for one row (see the module documentation).
pub fn prepare(mut form: OrgForm, lang: Lang) -> Prepared {
    let mut notes = Vec::new();
    let website = form.website.trim().to_string();
    if let Some(fixed) = with_scheme(&website) {
        notes.push(format!(
            "{}: {}",
            label(lang, "website"),
            lang.t_args(
                "import-fixed-website",
                &[("address", crate::i18n::Arg::from(fixed.clone()))]
            )
        ));
        form.website = fixed;
    }
    let errors = match validate(&form, lang) {
        Ok(fields) => {
            return Prepared {
                fields: Some(fields),
                notes,
                refused: Vec::new(),
            }
        }
        Err(errors) => errors,
    };
    if errors.has("name") {
        return refused(notes, &errors, lang);
    }
    for error in &errors.list {
        leave_out(&mut form, &error.field);
        notes.push(format!(
            "{}: {} {}",
            label(lang, &error.field),
            error.message,
            lang.t("import-field-left-out")
        ));
    }
    match validate(&form, lang) {
        Ok(fields) => Prepared {
            fields: Some(fields),
            notes,
            refused: Vec::new(),
        },
        Err(errors) => refused(notes, &errors, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, website: &str, phone: &str, email: &str) -> OrgForm {
        OrgForm {
            name: name.into(),
            website: website.into(),
            phone: phone.into(),
            email: email.into(),
            ..OrgForm::default()
        }
    }

    #[test]
    fn a_bare_host_gets_https_and_a_bad_optional_field_is_left_out() {
        let p = prepare(
            row("Cara", "www.cara.org.uk", "028 9032 1234 ext 5", ""),
            Lang::En,
        );
        let fields = p.fields.expect("imported");
        assert_eq!(fields.website, "https://www.cara.org.uk");
        assert_eq!(fields.phone, "028 9032 1234 ext 5");
        assert_eq!(p.notes.len(), 1, "{:?}", p.notes);
        let p = prepare(row("Cara", "not a website", "call us", "nobody@"), Lang::En);
        let fields = p.fields.expect("imported without the bad fields");
        assert!(fields.website.is_empty() && fields.phone.is_empty() && fields.email.is_empty());
        assert_eq!(p.notes.len(), 3, "{:?}", p.notes);
        let p = prepare(row("", "www.cara.org.uk", "", ""), Lang::En);
        assert!(p.fields.is_none() && !p.refused.is_empty());
    }

    #[test]
    fn phones_may_carry_an_extension() {
        for ok in [
            "028 9032 1234",
            "+44 (0)29 2000 0000",
            "028 9032 1234 ext. 22",
            "01234 567890 x123",
            "0300 123 1234 Extension 5",
        ] {
            assert!(crate::orgs::fields::phone_ok(ok), "{ok}");
        }
        for bad in [
            "call me",
            "028 9032 1234 ext",
            "028 ext 22 9032",
            "=1+1",
            "0123 4567 ext 1234567",
        ] {
            assert!(!crate::orgs::fields::phone_ok(bad), "{bad}");
        }
    }

    #[test]
    fn only_real_hosts_are_given_a_scheme() {
        assert_eq!(
            with_scheme("example.org/about").as_deref(),
            Some("https://example.org/about")
        );
        assert_eq!(with_scheme("localhost"), None);
        assert_eq!(with_scheme("javascript:alert(1)"), None);
        assert_eq!(with_scheme("https://example.org"), None);
        assert_eq!(with_scheme("two words.org"), None);
    }
}
