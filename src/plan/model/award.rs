//! An awarded funding proposal starts the plan: each item of its "Outputs" section becomes
//! an output (not started, from the award's start date), once, in the transaction that
//! records the award.

use sqlx::Row;

use super::outputs::{insert_output_on, OutputFields};
use crate::error::AppResult;

/// The list items of a Markdown text (`- item`, `* item`, `1. item`), each on one line.
pub fn list_items(text: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let bullet = ["- ", "* ", "+ "]
            .iter()
            .find_map(|b| trimmed.strip_prefix(b));
        let numbered = || {
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            (digits > 0)
                .then(|| &trimmed[digits..])
                .and_then(|rest| rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")))
        };
        match bullet.or_else(numbered) {
            Some(item) if !item.trim().is_empty() => items.push(item.trim().to_string()),
            // A continuation line of the item above.
            _ if !trimmed.is_empty() && line.starts_with("  ") => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(trimmed.trim());
                }
            }
            _ => {}
        }
    }
    items
}

/// Writes one output per item of `outputs_text` for the proposal `slug` awarded from
/// `start_on`, unless this award already did; returns how many were written.
pub async fn start_plan_from_award_on(
    conn: &mut sqlx::AnyConnection,
    slug: &str,
    proposal_title: &str,
    outputs_text: &str,
    start_on: Option<&str>,
) -> AppResult<usize> {
    let source = format!("award:{slug}");
    let done = sqlx::query("SELECT COUNT(*) AS n FROM plan_outputs WHERE source = $1")
        .bind(source.clone())
        .fetch_one(&mut *conn)
        .await?
        .try_get::<i64, _>("n")?;
    if done > 0 {
        return Ok(0);
    }
    let items = list_items(outputs_text);
    for item in &items {
        let fields = OutputFields {
            title: item.chars().take(300).collect(),
            description: format!(
                "{item}\n\n(From the funding proposal \u{201c}{proposal_title}\u{201d}, as awarded: a starting point to plan from.)"
            ),
            starts_on: start_on.map(str::to_string),
            ..OutputFields::default()
        };
        insert_output_on(conn, &fields, &source).await?;
    }
    Ok(items.len())
}

#[cfg(test)]
mod tests {
    use super::list_items;

    #[test]
    fn list_items_are_read_from_bullets_and_numbers() {
        let text = "Intro.\n\n- An open concept paper\n  published online\n* Meetings\n\n1. A summit\n2) A proposal\nAfter.";
        assert_eq!(
            list_items(text),
            [
                "An open concept paper published online",
                "Meetings",
                "A summit",
                "A proposal"
            ]
        );
        assert!(list_items("No list here.").is_empty());
    }
}
