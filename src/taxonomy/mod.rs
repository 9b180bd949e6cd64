//! Reference data the initiative classifies by: the UK nations (and "UK-wide"), the nine
//! protected characteristics of the Equality Act 2010, Northern Ireland's section 75
//! categories, and the 17 Sustainable Development Goals with their 169 targets. Codes come
//! from the CSV files in `data/` (with their provenance); names people read come from Fluent
//! (`locales/*/taxonomy.ftl`), so they are Welsh in Welsh.

use std::sync::OnceLock;

use crate::i18n::Lang;

/// Nations an organisation may serve; `uk_wide` is not a nation but is offered with them.
pub const NATIONS: [&str; 5] = [
    "england",
    "scotland",
    "wales",
    "northern_ireland",
    "uk_wide",
];

/// The nations a lead network can lead.
pub const LEAD_NATIONS: [&str; 4] = ["england", "scotland", "wales", "northern_ireland"];

#[derive(Clone, Debug)]
pub struct Target {
    pub code: String,
    pub goal: u8,
    pub title: String,
}

struct Data {
    characteristics: Vec<String>,
    section75: Vec<String>,
    goals: Vec<(u8, String)>,
    targets: Vec<Target>,
}

fn first_column(csv_text: &str) -> Vec<String> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| r.get(0).map(str::to_string))
        .collect()
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let goals = csv::Reader::from_reader(include_str!("data/sdg_goals.csv").as_bytes())
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| Some((r.get(0)?.parse().ok()?, r.get(1)?.to_string())))
            .collect();
        let targets = csv::Reader::from_reader(include_str!("data/sdg_targets.csv").as_bytes())
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                Some(Target {
                    code: r.get(0)?.to_string(),
                    goal: r.get(1)?.parse().ok()?,
                    title: r.get(2)?.to_string(),
                })
            })
            .collect();
        Data {
            characteristics: first_column(include_str!("data/protected_characteristics.csv")),
            section75: first_column(include_str!("data/ni_section75_categories.csv")),
            goals,
            targets,
        }
    })
}

/// The nine protected characteristics' codes (`age`, `disability`, …).
pub fn characteristics() -> &'static [String] {
    &data().characteristics
}

/// Northern Ireland's section 75 categories' codes.
pub fn section75() -> &'static [String] {
    &data().section75
}

/// The 17 goals: number and English short title (for exports; pages use Fluent).
pub fn goals() -> &'static [(u8, String)] {
    &data().goals
}

/// The 169 targets (UN text, English).
pub fn targets() -> &'static [Target] {
    &data().targets
}

pub fn is_nation(code: &str) -> bool {
    NATIONS.contains(&code)
}

/// Characteristic codes are either Equality Act ones or `s75:<code>` for section 75.
pub fn is_characteristic(code: &str) -> bool {
    match code.strip_prefix("s75:") {
        Some(s75) => section75().iter().any(|c| c == s75),
        None => characteristics().iter().any(|c| c == code),
    }
}

pub fn is_goal(goal: i64) -> bool {
    (1..=17).contains(&goal)
}

pub fn is_target(code: &str) -> bool {
    targets().iter().any(|t| t.code == code)
}

/// The translated name of a nation, characteristic (incl. `s75:`), or goal ("sdg-N").
pub fn label(lang: Lang, kind: &str, code: &str) -> String {
    match kind {
        "nation" => lang.t(&format!("nation-{}", code.replace('_', "-"))),
        "characteristic" => match code.strip_prefix("s75:") {
            Some(s75) => lang.t(&format!("s75-{}", s75.replace('_', "-"))),
            None => lang.t(&format!("pc-{}", code.replace('_', "-"))),
        },
        "goal" => lang.t(&format!("sdg-{code}")),
        _ => code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_data_is_complete_and_translated() {
        assert_eq!(characteristics().len(), 9);
        assert_eq!(section75().len(), 9);
        assert_eq!(goals().len(), 17);
        assert_eq!(targets().len(), 169);
        assert!(is_target("10.2") && !is_target("10.99"));
        assert!(is_characteristic("disability") && is_characteristic("s75:political_opinion"));
        assert!(!is_characteristic("s75:disability_x"));
        for lang in Lang::ALL {
            for n in NATIONS {
                assert!(lang.has(&format!("nation-{}", n.replace('_', "-"))), "{n}");
            }
            for c in characteristics() {
                assert!(lang.has(&format!("pc-{}", c.replace('_', "-"))), "{c}");
            }
            for c in section75() {
                assert!(lang.has(&format!("s75-{}", c.replace('_', "-"))), "{c}");
            }
            for g in 1..=17 {
                assert!(lang.has(&format!("sdg-{g}")), "goal {g}");
            }
        }
    }
}
