//! Validation results shared by every form: errors keyed by field, shown in the error
//! summary at the top of the page (each linking to its field) and beside the field itself.

use crate::i18n::Lang;

#[derive(Clone, Debug)]
pub struct FieldError {
    /// The `id` of the input the message belongs to.
    pub field: String,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct FieldErrors {
    lang: Lang,
    pub list: Vec<FieldError>,
}

impl FieldErrors {
    pub fn new(lang: Lang) -> FieldErrors {
        FieldErrors {
            lang,
            list: Vec::new(),
        }
    }

    /// Adds the message `key` (a Fluent id) at `field`, unless that field already has one.
    pub fn add(&mut self, field: impl Into<String>, key: &str) {
        let field = field.into();
        if !self.has(&field) {
            self.list.push(FieldError {
                field,
                message: self.lang.t(key),
            });
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.list.iter().any(|e| e.field == field)
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A day, `YYYY-MM-DD`, if it is a real date (the message is at `field` otherwise).
pub fn check_day(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<String> {
    match chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Ok(day) => Some(day.format("%Y-%m-%d").to_string()),
        Err(_) => {
            errors.add(field, "meetings-error-date");
            None
        }
    }
}

/// Checks a required, length-limited text field.
pub fn check_text(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    max_chars: usize,
    missing_key: &str,
    too_long_key: &str,
) {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        errors.add(field, missing_key);
    } else if trimmed.chars().count() > max_chars {
        errors.add(field, too_long_key);
    }
}

/// Checks an e-mail address: present, at most 254 characters, and a valid address.
pub fn check_email(errors: &mut FieldErrors, field: &'static str, value: &str) {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        errors.add(field, "error-email-missing");
    } else if trimmed.chars().count() > 254 {
        errors.add(field, "error-email-too-long");
    } else if !is_valid_email(trimmed) {
        errors.add(field, "error-email-invalid");
    }
}

/// Whether `text` is an address mail can be sent to (RFC 5321/5322, via lettre).
pub fn is_valid_email(text: &str) -> bool {
    text.parse::<lettre::Address>().is_ok() && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked() {
        assert!(is_valid_email("siân@enghraifft.cymru"));
        assert!(is_valid_email("a.b+c@example.org"));
        assert!(!is_valid_email("not an address"));
        assert!(!is_valid_email("missing-at.example.org"));
        assert!(!is_valid_email("a@"));
    }

    #[test]
    fn errors_keep_the_first_message_per_field() {
        let mut errors = FieldErrors::new(Lang::En);
        errors.add("email", "error-email-missing");
        errors.add("email", "error-email-invalid");
        assert_eq!(errors.list.len(), 1);
        assert!(errors.has("email"));
        assert!(!errors.has("name"));
    }
}
