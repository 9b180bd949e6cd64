//! The demo plan: the founding document's intended outcome and its four outputs, word for
//! word from the initial brief, with no owners or dates invented (the brief dates only the
//! summit, "held in February": the February after the brief, 2019).

use super::model::{self, OutputFields};
use crate::error::AppResult;
use crate::storage::Db;

const OUTCOME: &str = "More people have the tools, confidence and resources to overcome the barriers to their participation in the decisions that affect them.";

/// The first and last day of an output, when the brief gives them.
type Dates = Option<(&'static str, &'static str)>;

/// (title, the brief's words, its dates)
const OUTPUTS: &[(&str, &str, Dates)] = &[
    (
        "An open concept paper",
        "An open concept paper on why we need to engage people furthest from decision making into plans around SDGs and Open Government, published and discussed online by the SDG and Open government networks across the UK",
        None,
    ),
    (
        "Engagement meetings with key equality groups",
        "A series of engagement meetings with key equality groups to develop interest and introduce open government approaches to SDGs",
        None,
    ),
    (
        "The February summit",
        "A summit held in February to bring together the lead equalities organisations interested to design a major funding proposal building on existing networks and practice",
        Some(("2019-02-01", "2019-02-28")),
    ),
    (
        "The funding proposal",
        "Funding proposal developed by a consortium of equality partners and a bid facilitator submitted to Big Lottery Fund UK",
        None,
    ),
];

/// Loads the demo plan once (when the plan has no outcome yet).
pub async fn load(db: &Db) -> AppResult<()> {
    if !model::list_outcomes(db).await?.is_empty() {
        return Ok(());
    }
    let outcome = model::create_outcome(db, "Intended outcome", OUTCOME).await?;
    for (title, words, dates) in OUTPUTS {
        let fields = OutputFields {
            outcome_id: Some(outcome),
            title: (*title).to_string(),
            description: format!("From the initial brief: \u{201c}{words}\u{201d}"),
            starts_on: dates.map(|(s, _)| s.to_string()),
            due_on: dates.map(|(_, d)| d.to_string()),
            ..OutputFields::default()
        };
        model::create_output(
            db,
            &fields,
            "demo",
            (None, "Open Government Pioneers"),
            "Added from the initial brief (demo data).",
        )
        .await?;
    }
    Ok(())
}
