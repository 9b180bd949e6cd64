//! Value mapping: a register's own wordings of who a charity helps ("Women", "Ethnic
//! minorities", "People with disabilities") translated into protected characteristics,
//! section 75 categories, SDGs and nations. The distinct wordings of a file are listed
//! with how many rows use each; common wordings come with a suggestion; a wording that
//! means nothing here is kept as a note on the record rather than refusing the row.

use std::collections::BTreeMap;

use super::settings::{fold, Settings};
use crate::taxonomy;

/// How a multi-value cell is split.
pub fn split(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',', '|'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The distinct wordings of column `column` with how many rows use each, most used first
/// (ties by wording), and as the file first spells them.
pub fn distinct(rows: impl Iterator<Item = Vec<String>>, column: usize) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for row in rows {
        let Some(cell) = row.get(column) else {
            continue;
        };
        let mut seen = Vec::new();
        for value in split(cell) {
            let key = fold(value);
            if seen.contains(&key) {
                continue;
            }
            counts
                .entry(key.clone())
                .or_insert_with(|| (value.to_string(), 0))
                .1 += 1;
            seen.push(key);
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_values().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// Wordings registers and funders commonly use, by a word they contain, and what they mean.
const SUGGESTIONS: [(&[&str], &[&str]); 14] = [
    (
        &["women", "girls", "female"],
        &[
            "characteristic:sex",
            "characteristic:s75:men_and_women_generally",
            "goal:5",
        ],
    ),
    (
        &["men and women", "gender"],
        &[
            "characteristic:sex",
            "characteristic:s75:men_and_women_generally",
        ],
    ),
    (
        &[
            "ethnic",
            "racial",
            "race",
            "bame",
            "bme",
            "refugee",
            "asylum",
            "traveller",
        ],
        &["characteristic:race", "characteristic:s75:racial_group"],
    ),
    (
        &["older", "elderly", "pensioner"],
        &["characteristic:age", "characteristic:s75:age"],
    ),
    (
        &["children", "young people", "youth", "young"],
        &["characteristic:age", "characteristic:s75:age"],
    ),
    (
        &[
            "disab",
            "deaf",
            "blind",
            "sight loss",
            "learning difficult",
            "autis",
            "mental health",
            "impair",
        ],
        &[
            "characteristic:disability",
            "characteristic:s75:disability",
            "goal:10",
        ],
    ),
    (
        &["lgbt", "gay", "lesbian", "bisexual", "sexual orientation"],
        &[
            "characteristic:sexual_orientation",
            "characteristic:s75:sexual_orientation",
        ],
    ),
    (
        &["trans ", "transgender", "gender identity", "non-binary"],
        &["characteristic:gender_reassignment"],
    ),
    (
        &["faith", "religio", "church", "belief"],
        &[
            "characteristic:religion_or_belief",
            "characteristic:s75:religious_belief",
        ],
    ),
    (
        &["pregnan", "maternity", "mothers", "new parents"],
        &["characteristic:pregnancy_and_maternity"],
    ),
    (
        &["marri", "civil partner", "widow"],
        &[
            "characteristic:marriage_and_civil_partnership",
            "characteristic:s75:marital_status",
        ],
    ),
    (
        &["carer", "dependant", "families", "lone parent"],
        &["characteristic:s75:dependants"],
    ),
    (&["political"], &["characteristic:s75:political_opinion"]),
    (
        &["poverty", "low income", "homeless", "unemploy"],
        &["goal:1", "goal:10"],
    ),
];

/// What a common wording is suggested to mean (empty when nothing is suggested).
pub fn suggest(wording: &str) -> Vec<String> {
    // Words are matched where a word starts ("disab" finds "disabilities", "race" never
    // finds "embrace").
    let w = format!(" {} ", fold(wording));
    SUGGESTIONS
        .iter()
        .find(|(words, _)| words.iter().any(|word| w.contains(&format!(" {word}"))))
        .map(|(_, codes)| codes.iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

/// What a wording means under these settings: its mapping, else its suggestion.
pub fn meaning(settings: &Settings, wording: &str) -> Vec<String> {
    settings
        .values
        .get(&fold(wording))
        .cloned()
        .unwrap_or_else(|| suggest(wording))
}

/// Every code a wording can be mapped to, in the order the page offers them, with the kind
/// and code `taxonomy::label` names it by.
pub fn targets() -> Vec<(String, &'static str, String)> {
    let mut all = Vec::new();
    for c in taxonomy::characteristics() {
        all.push((format!("characteristic:{c}"), "characteristic", c.clone()));
    }
    for c in taxonomy::section75() {
        all.push((
            format!("characteristic:s75:{c}"),
            "characteristic",
            format!("s75:{c}"),
        ));
    }
    for n in taxonomy::NATIONS {
        all.push((format!("nation:{n}"), "nation", n.to_string()));
    }
    for (g, _) in taxonomy::goals() {
        all.push((format!("goal:{g}"), "goal", g.to_string()));
    }
    all
}

/// Whether `code` is one of [`targets`].
pub fn is_target(code: &str) -> bool {
    match code.split_once(':') {
        Some(("characteristic", c)) => taxonomy::is_characteristic(c),
        Some(("nation", n)) => taxonomy::is_nation(n),
        Some(("goal", g)) => g.parse::<i64>().is_ok_and(taxonomy::is_goal),
        _ => false,
    }
}

/// What a cell of the value-mapped column adds to a row.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Mapped {
    pub characteristics: Vec<String>,
    pub nations: Vec<String>,
    pub goals: Vec<String>,
    /// Wordings that mean nothing under these settings, as the file spells them.
    pub unmapped: Vec<String>,
}

/// Translates one cell of the value-mapped column.
pub fn apply(settings: &Settings, cell: &str) -> Mapped {
    let mut mapped = Mapped::default();
    for wording in split(cell) {
        let codes = meaning(settings, wording);
        if codes.is_empty() {
            mapped.unmapped.push(wording.to_string());
        }
        for code in codes {
            match code.split_once(':') {
                Some(("characteristic", c)) => mapped.characteristics.push(c.to_string()),
                Some(("nation", n)) => mapped.nations.push(n.to_string()),
                Some(("goal", g)) => mapped.goals.push(g.to_string()),
                _ => {}
            }
        }
    }
    mapped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_wordings_are_counted_suggested_and_applied() {
        let rows = vec![
            vec!["Women, Older people".to_string()],
            vec!["older people;Animals".to_string()],
            vec![String::new()],
        ];
        let list = distinct(rows.into_iter(), 0);
        assert_eq!(
            list,
            vec![
                ("Older people".to_string(), 2),
                ("Animals".to_string(), 1),
                ("Women".to_string(), 1)
            ]
        );
        for code in suggest("People with disabilities")
            .iter()
            .chain(&suggest("Ethnic minorities"))
            .chain(&suggest("Children or young people"))
        {
            assert!(is_target(code), "{code}");
        }
        assert!(suggest("Animals").is_empty());
        assert!(suggest("Transport").is_empty());
        assert!(!suggest("Trans people").is_empty());
        let mut settings = Settings::default();
        settings
            .values
            .insert("women".into(), vec!["characteristic:sex".into()]);
        let mapped = apply(&settings, "Women; Older people; Animals");
        assert_eq!(mapped.characteristics, vec!["sex", "age", "s75:age"]);
        assert_eq!(mapped.unmapped, vec!["Animals"]);
        assert!(targets().iter().all(|(code, ..)| is_target(code)));
    }
}
