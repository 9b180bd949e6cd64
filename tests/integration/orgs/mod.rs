//! Tests of the organisations directory (issue #4).

mod bulk;
mod directory;
mod duplicates;
mod import;
mod logo;
mod outreach;
mod reach;
mod register;
mod register_gen;
mod submissions;

use coproduce::orgs::fields::OrgFields;
use coproduce::orgs::model;

use crate::util::TestApp;

/// Creates a record directly; returns its slug.
pub async fn org(app: &TestApp, fields: OrgFields) -> String {
    let slug = model::create(&app.db, &fields, (None, "Tester"), "test", false)
        .await
        .unwrap()
        .expect("created");
    // As a change through the site would.
    app.state.page_cache.clear();
    slug
}

pub fn listed(name: &str, nations: &[&str], characteristics: &[&str], goals: &[i64]) -> OrgFields {
    OrgFields {
        name: name.into(),
        org_type: "charity".into(),
        listed: true,
        nations: nations.iter().map(|s| s.to_string()).collect(),
        characteristics: characteristics.iter().map(|s| s.to_string()).collect(),
        goals: goals.to_vec(),
        ..OrgFields::default()
    }
}
