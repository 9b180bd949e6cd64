//! The security walk (issue #11), run by `scripts/test` as its own step on SQLite and on
//! PostgreSQL, printing its counts: every route × every role answers as the route table
//! declares; every state-changing route refuses forged requests; every throttle holds when
//! its requests arrive all at once.

mod access_and_csrf;
mod throttles;

/// A path with example values in place of its parameters.
pub fn concrete(path: &str) -> String {
    path.replace("{id}", "1")
        .replace("{token}", "some-token")
        .replace("{name}", "site.css")
        .replace("{slug}", "some-organisation")
        .replace("{file}", "1.json")
        .replace("{block}", "1")
        .replace("{number}", "1")
        .replace("{*path}", "Some_page/edit")
}

#[test]
fn every_route_pattern_has_a_concrete_example() {
    for spec in coproduce::routes::specs() {
        assert!(
            !concrete(spec.path).contains('{'),
            "add an example value for {}",
            spec.path
        );
    }
}
