//! Amounts of money: kept as whole pence (never floating point), read from what people
//! type or a spreadsheet holds ("£1,250.50", "1250", "1250.5"), and shown as pounds.

/// Why an amount was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyProblem {
    NotANumber,
    Negative,
    TooLarge,
}

impl MoneyProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            MoneyProblem::NotANumber => "proposals-error-amount",
            MoneyProblem::Negative => "proposals-error-negative",
            MoneyProblem::TooLarge => "proposals-error-too-large",
        }
    }
}

/// The largest amount taken: £1,000,000,000.
const MAX_PENCE: i64 = 100_000_000_000;

/// Pence from pounds as typed.
pub fn parse_pounds(text: &str) -> Result<i64, MoneyProblem> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let cleaned = cleaned.trim_start_matches('£');
    if cleaned.starts_with('-') {
        return Err(MoneyProblem::Negative);
    }
    let (pounds, pence) = match cleaned.split_once('.') {
        Some((p, d)) => (p, d),
        None => (cleaned, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(pounds) || !(pence.is_empty() || (digits(pence) && pence.len() <= 2)) {
        return Err(MoneyProblem::NotANumber);
    }
    let pounds: i64 = pounds.parse().map_err(|_| MoneyProblem::TooLarge)?;
    let pence: i64 = match pence.len() {
        0 => 0,
        1 => pence.parse::<i64>().unwrap_or(0) * 10,
        _ => pence.parse().unwrap_or(0),
    };
    let total = pounds
        .checked_mul(100)
        .and_then(|p| p.checked_add(pence))
        .ok_or(MoneyProblem::TooLarge)?;
    if total > MAX_PENCE {
        return Err(MoneyProblem::TooLarge);
    }
    Ok(total)
}

/// "£1,250.50" (pence shown only when there are some).
pub fn format_pounds(pence: i64) -> String {
    let pounds = pence / 100;
    let rest = pence % 100;
    let digits = pounds.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if rest == 0 {
        format!("£{grouped}")
    } else {
        format!("£{grouped}.{rest:02}")
    }
}

/// Pounds for a spreadsheet: "1250.50".
pub fn plain_pounds(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_write_them() {
        assert_eq!(parse_pounds("£1,250.50"), Ok(125_050));
        assert_eq!(parse_pounds("1250"), Ok(125_000));
        assert_eq!(parse_pounds("12.5"), Ok(1_250));
        assert_eq!(parse_pounds("-5"), Err(MoneyProblem::Negative));
        assert_eq!(parse_pounds("£-5"), Err(MoneyProblem::Negative));
        assert_eq!(parse_pounds("five"), Err(MoneyProblem::NotANumber));
        assert_eq!(parse_pounds("1.234"), Err(MoneyProblem::NotANumber));
        assert_eq!(parse_pounds(""), Err(MoneyProblem::NotANumber));
        assert_eq!(
            parse_pounds("99999999999999999999"),
            Err(MoneyProblem::TooLarge)
        );
        assert_eq!(format_pounds(125_050), "£1,250.50");
        assert_eq!(format_pounds(100_000_000), "£1,000,000");
        assert_eq!(format_pounds(5), "£0.05");
        assert_eq!(plain_pounds(125_050), "1250.50");
    }
}
