//! The keys records are matched and de-duplicated by, stored beside each record (indexed)
//! so that lookups never scan the table: a name reduced to what identifies it, a web
//! address without its scheme, the domains of the website and e-mail, a charity number in
//! its register's one spelling, and the unit number of a numbered group ("10th Belfast").

/// Words that do not tell two names apart.
const FILLER: [&str; 9] = ["the", "ltd", "limited", "cic", "cio", "and", "a", "y", "yr"];

/// Free and internet-provider mail domains: never a sign two records are one.
pub const WEBMAIL: [&str; 20] = [
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "outlook.co.uk",
    "live.com",
    "live.co.uk",
    "yahoo.com",
    "yahoo.co.uk",
    "icloud.com",
    "me.com",
    "btinternet.com",
    "btopenworld.com",
    "sky.com",
    "talktalk.net",
    "virginmedia.com",
    "ntlworld.com",
    "aol.com",
    "protonmail.com",
];

/// A name reduced to what identifies it: lower case, letters and digits, no filler words.
pub fn name_key(name: &str) -> String {
    // "Women’s", "Women's" and "Womens" are one word.
    let lowered = name
        .to_lowercase()
        .replace('&', " and ")
        .replace(['’', '\''], "");
    lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The numbers in a name ("10th Belfast Scout Group" → ["10"], "Unit 3, Ward 12" → ["3",
/// "12"]): two names whose numbers differ are different units of one movement.
pub fn unit_numbers(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| {
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            let rest = &w[digits.len()..];
            let ordinal = rest.is_empty() || ["st", "nd", "rd", "th"].contains(&rest);
            (!digits.is_empty() && ordinal).then_some(digits)
        })
        .collect()
}

/// The host of a web address, lower case, without `www.`.
pub fn website_domain(url: &str) -> Option<String> {
    let host = url::Url::parse(url.trim()).ok()?.host_str()?.to_lowercase();
    Some(host.trim_start_matches("www.").to_string())
}

/// A web address as its domain and path, without scheme, `www.`, query or trailing slash:
/// `https://www.example.org/about/` and `http://example.org/about` are the same site.
pub fn website_key(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let host = parsed.host_str()?.to_lowercase();
    let path = parsed.path().trim_end_matches('/').to_lowercase();
    Some(format!("{}{path}", host.trim_start_matches("www.")))
}

/// The domain of an e-mail address, lower case.
pub fn mail_domain(email: &str) -> Option<String> {
    let domain = email.trim().rsplit_once('@')?.1.to_lowercase();
    (!domain.is_empty()).then_some(domain)
}

/// The domain of an e-mail address, unless it is a webmail provider.
pub fn email_domain(email: &str) -> Option<String> {
    mail_domain(email).filter(|d| !WEBMAIL.contains(&d.as_str()))
}

/// The register a charity number's own spelling names, if it names one: `SC…` is OSCR's,
/// `NIC…` the Charity Commission for Northern Ireland's.
pub fn register_of(number: &str) -> Option<&'static str> {
    let n = number.trim().to_ascii_uppercase();
    if n.starts_with("SC") {
        Some("scotland")
    } else if n.starts_with("NIC") {
        Some("northern_ireland")
    } else {
        None
    }
}

/// A charity number in the one spelling its register's records are kept in: upper case,
/// no spaces; Northern Ireland's without the `NIC` some lists add; Scotland's with the `SC`
/// a bare six-digit number lacks. `NIC100002` and `100002` are one charity.
pub fn charity_number(register: &str, number: &str) -> String {
    let n: String = number
        .trim()
        .to_ascii_uppercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    match register {
        "northern_ireland" => n.strip_prefix("NIC").unwrap_or(&n).to_string(),
        "scotland" if n.len() == 6 && n.chars().all(|c| c.is_ascii_digit()) => format!("SC{n}"),
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_what_does_not_tell_records_apart() {
        assert_eq!(
            name_key("The Barrow & Cadbury Trust Ltd"),
            "barrow cadbury trust"
        );
        assert_eq!(
            website_key("https://www.Example.org/About/").as_deref(),
            Some("example.org/about")
        );
        assert_eq!(
            website_key("http://example.org").as_deref(),
            Some("example.org")
        );
        assert_eq!(email_domain("a@gmail.com"), None);
        assert_eq!(mail_domain("a@gmail.com").as_deref(), Some("gmail.com"));
        assert_eq!(unit_numbers("10th Belfast Scout Group"), vec!["10"]);
        assert_eq!(unit_numbers("Age Concern 2000"), vec!["2000"]);
        assert!(unit_numbers("Route66 Club").is_empty());
        assert_eq!(charity_number("northern_ireland", "NIC100002"), "100002");
        assert_eq!(charity_number("northern_ireland", "100002"), "100002");
        assert_eq!(charity_number("scotland", "012345"), "SC012345");
        assert_eq!(charity_number("scotland", "sc 012345"), "SC012345");
        assert_eq!(charity_number("england_wales", "1123456"), "1123456");
        assert_eq!(register_of("NIC100002"), Some("northern_ireland"));
        assert_eq!(register_of("SC012345"), Some("scotland"));
        assert_eq!(register_of("1123456"), None);
    }
}
