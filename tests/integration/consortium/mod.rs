//! Tests of the consortium (issue #13): members, representatives and signatories, the way
//! we decide, decisions by consent, the register and its open data.

mod decisions;
mod demo;
mod members;
mod stances;

use coproduce::auth::role::Role;
use coproduce::consortium::model::{self, MemberId, MemberRole, NewDecision};
use coproduce::orgs::fields::OrgFields;
use coproduce::storage::now;

use crate::util::{Client, TestApp};

/// A directory record (leading `lead` when given) made a member with `role`.
pub async fn member(app: &TestApp, name: &str, role: MemberRole, lead: Option<&str>) -> MemberId {
    let fields = OrgFields {
        name: name.into(),
        org_type: "network".into(),
        listed: true,
        nations: lead.map(|n| vec![n.to_string()]).unwrap_or_default(),
        lead_nation: lead.unwrap_or_default().to_string(),
        ..OrgFields::default()
    };
    coproduce::orgs::model::create(&app.db, &fields, (None, "Tester"), "test", false)
        .await
        .unwrap()
        .expect("created");
    let id: i64 = app
        .count(&format!(
            "SELECT id FROM organisations WHERE name = '{name}'"
        ))
        .await;
    model::add_member(&app.db, id, role, "2018-06-01", false, None)
        .await
        .unwrap()
        .expect("member added")
}

/// A partner account that is `member`'s signatory, signed in.
pub async fn signatory(app: &TestApp, member: MemberId, email: &str) -> Client {
    let user = app.user(email, email, Role::Partner).await;
    model::add_representative(&app.db, member, user.0, true, None)
        .await
        .unwrap()
        .expect("representative added");
    let client = app.client();
    assert_eq!(
        client.sign_in(email, crate::util::PASSWORD).await.status,
        303
    );
    client
}

/// A decision open now until `closes_in` seconds from now, under the rules in force.
pub async fn decision(app: &TestApp, title: &str, closes_in: i64) -> model::DecisionId {
    let rules = model::current_rules(&app.db).await.unwrap().unwrap();
    let new = NewDecision {
        title: title.into(),
        proposal: "We submit the bid.".into(),
        opens_at: now() - 60,
        closes_at: now() + closes_in,
        ..NewDecision::default()
    };
    model::create_decision(&app.db, &app.state.config, &new, rules.id, None)
        .await
        .unwrap()
}

/// Moves every open round's closing time into the past (as time passing would).
pub async fn let_time_pass(app: &TestApp) {
    app.exec(
        "UPDATE consortium_rounds SET opens_at = opens_at - 7200, closes_at = opens_at - 3600 WHERE closed_at IS NULL",
    )
    .await;
}
