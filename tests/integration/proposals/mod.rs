//! Tests of funding proposals (issue #13): drafting sections with word limits, history and
//! comments; the budget and its CSV; attachments; freezing, sign-off, submission and the
//! funder's answer; and who may see what.

mod budget;
mod drafting;
mod sign_off;

use coproduce::auth::role::Role;
use coproduce::consortium::model::MemberRole;

use crate::consortium::{member, signatory};
use crate::util::{Client, TestApp};

/// A proposal started through the page by a coordinator: "Our aims | 10" and "Outputs".
pub async fn proposal(app: &TestApp) -> (Client, String) {
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let created = coordinator
        .post_form(
            "/proposals/new",
            &[
                ("title", "Equalities co-production"),
                ("funder", "The National Lottery Community Fund"),
                ("programme", "Awards for All"),
                ("sections", "Our aims | 10\nOutputs"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    (coordinator, created.location())
}

/// The ids of the proposal's sections, in order, from its page.
pub async fn section_paths(client: &Client, path: &str) -> Vec<String> {
    client
        .get(path)
        .await
        .html()
        .attrs("a[href*='/sections/']", "href")
}

/// Three members, each with a signed-in signatory.
pub async fn three_signatories(app: &TestApp) -> Vec<Client> {
    let mut out = Vec::new();
    for (name, nation, email) in [
        ("Wales Network", "wales", "w@example.org"),
        ("Scotland Network", "scotland", "s@example.org"),
        ("England Network", "england", "e@example.org"),
    ] {
        let m = member(app, name, MemberRole::Lead, Some(nation)).await;
        out.push(signatory(app, m, email).await);
    }
    out
}
