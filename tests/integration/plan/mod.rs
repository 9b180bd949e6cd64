//! Tests of the plan (issue #14, "the plan in the open"): outcomes, outputs, milestones,
//! progress updates and their feed, late from the clock, the timeline, the exports,
//! evidence links and who may change what; an award starting the plan is tested with the
//! proposal's sign-off (`proposals::sign_off`).

mod evidence;
mod import;
mod outputs;

use coproduce::auth::role::Role;

use crate::util::{Client, TestApp};

/// An output written through the form by a signed-in coordinator; returns its path.
pub async fn output(coordinator: &Client, fields: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    for (name, default) in [("status", "on_track"), ("progress_mode", "milestones")] {
        if !fields.iter().any(|(k, _)| *k == name) {
            form.push((name, default));
        }
    }
    let saved = coordinator.post_form("/plan/outputs/new", &form).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved.location()
}

pub async fn coordinator(app: &TestApp) -> Client {
    app.signed_in("coord@example.org", Role::Coordinator).await
}
