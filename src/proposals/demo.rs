//! The example funding proposal for `serve --demo`: a draft bid to the Big Lottery Fund
//! (now The National Lottery Community Fund), as the initial brief says, whose sections
//! are the brief's aims, objective, intended outcomes, rationale, outputs and approach —
//! their text taken from the brief — and a small example budget, all marked as examples.
//! Idempotent.

use super::model::{self, Category, NewLine, NewProposal};
use crate::consortium::model as consortium;
use crate::error::AppResult;
use crate::storage::Db;

pub const SLUG: &str = "big-lottery-bid";

/// (title, the brief's words, word limit)
const SECTIONS: &[(&str, &str, i64)] = &[
    ("Aims", "", 250),
    ("Objective", "This initiative will support a partnership of Equalities organisations across the UK to host an open conversation around engaging people furthest from decision making into plans around SDGs and Open Government.\n\nThe overall direction and design will be determined by the equality organisational partners.", 250),
    ("Intended outcomes", "More people have the tools, confidence and resources to overcome the barriers to their participation in the decisions that affect them.", 150),
    ("Rationale", "- The Opengovpioneers project opened up engagement with equalities groups, but found a much more intensive capacity building exercise is needed to engage those furthest from the decisions that affect them in using opengov as a way to improve their lives.\n- The Sustainable Development Goals is strongly equality focused and provides a useful (but untested) framework for organising engagement themes with those furthest from decisions.\n- The Open Government methodology, based on securing better transparency, increased participation and clearer accountability is powerful technique but needs to be adapted to those not familiar with the associated language and structures.", 500),
    ("Outputs", "- An open concept paper on why we need to engage people furthest from decision making into plans around SDGs and Open Government\n- A series of engagement meetings with key equality groups\n- A summit held in February to bring together the lead equalities organisations\n- A funding proposal developed by a consortium of equality partners and a bid facilitator", 300),
    ("Approach", "A consortium of equalities orgs led by a key equality network in each UK home nation, backed by an online wiki to document and plan progress.", 300),
];

/// (item, category, year, pounds): an example, not from the brief (it gives no figures).
const BUDGET: &[(&str, Category, i64, i64)] = &[
    (
        "Example: engagement meetings with key equality groups",
        Category::Activities,
        1,
        4_000,
    ),
    (
        "Example: BSL interpreters and captioning for the meetings and summit",
        Category::Access,
        1,
        2_500,
    ),
    (
        "Example: the February summit venue",
        Category::Venues,
        1,
        3_000,
    ),
    ("Example: bid facilitator's time", Category::Staff, 1, 5_000),
];

pub async fn load(db: &Db) -> AppResult<()> {
    if model::find_proposal(db, SLUG).await?.is_some() {
        return Ok(());
    }
    let new = NewProposal {
        title: "Example: Equalities co-production programme".into(),
        funder: "Big Lottery Fund (now The National Lottery Community Fund)".into(),
        programme: "UK-wide funding".into(),
        summary: "An example draft of the major bid the initial brief describes: a programme of capacity building for people furthest from decision making to engage in SDGs and Open Government.".into(),
    };
    let sections: Vec<model::NewSection> = SECTIONS
        .iter()
        .map(|(title, text, limit)| model::NewSection {
            title: (*title).to_string(),
            word_limit: *limit,
            body: (*text).to_string(),
            ..model::NewSection::default()
        })
        .collect();
    let id = model::create_proposal(db, SLUG, &new, &sections, true, None).await?;
    let facilitator = consortium::list_members(db)
        .await?
        .into_iter()
        .find(|m| m.is_example && m.role == consortium::MemberRole::Facilitator)
        .map(|m| m.id);
    let lines: Vec<NewLine> = BUDGET
        .iter()
        .map(|(item, category, year, pounds)| NewLine {
            member_id: if *category == Category::Staff {
                facilitator
            } else {
                None
            },
            item: (*item).to_string(),
            category: *category,
            year: *year,
            amount_pence: pounds * 100,
        })
        .collect();
    model::replace_budget(db, id, &lines).await?;
    model::add_checklist_item(
        db,
        id,
        "Example: a letter of support from each lead network",
    )
    .await?;
    Ok(())
}
