//! The consortium (issue #13): member organisations with their roles, representatives and
//! signatories; "the way we decide"; decisions by consent, member by member, in rounds;
//! and the public decision register. `model` holds the tables and workflows, `outcome`
//! the pure computation of a round's result from its rules and stances, `standing` where
//! the person asking stands (coordinator, representative, signatory, facilitator), `form`
//! the forms and their checks. Pages: `members_page` (`/consortium` and the members'
//! records), `rules_page` (the way we decide), `space` (the members' own page),
//! `register` (the public register and its feeds), `decision_new` (putting a proposal)
//! and `decision_page` (a decision, stances, outcome, reopening); `demo` the example
//! consortium for `serve --demo`.

pub mod decision_new;
pub mod decision_page;
pub mod demo;
pub mod form;
pub mod members_page;
pub mod model;
pub mod outcome;
pub mod register;
pub mod rules_page;
pub mod space;
pub mod standing;
