//! The plan's tables. `outputs` holds the intended outcomes and the outputs; `milestones`
//! their milestones (with every query that lists them); `evidence` the links from an output or a
//! milestone to what shows it, and the lists to choose from; `updates` progress updates,
//! each written with the output's new status in one transaction; `award` the outputs an
//! awarded funding proposal starts the plan with; `import` the plan's CSV rows, in one
//! transaction.

mod award;
mod evidence;
mod import;
mod milestones;
mod outputs;
mod updates;

pub use award::*;
pub use evidence::*;
pub use import::*;
pub use milestones::*;
pub use outputs::*;
pub use updates::*;

crate::typed_id!(OutcomeId, "an intended outcome of the plan");
crate::typed_id!(OutputId, "an output of the plan");
crate::typed_id!(MilestoneId, "a milestone of a plan output");

crate::code_enum!(Status, "an output's status", {
    NotStarted => "not_started",
    OnTrack => "on_track",
    AtRisk => "at_risk",
    Late => "late",
    Done => "done",
    Dropped => "dropped",
});

impl Status {
    /// Whether a reason must be given with it.
    pub fn needs_reason(self) -> bool {
        matches!(self, Status::AtRisk | Status::Late | Status::Dropped)
    }

    /// Whether the output is finished with, one way or the other.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

crate::code_enum!(ProgressMode, "how an output's progress is counted", {
    Percent => "percent",
    Milestones => "milestones",
});

crate::code_enum!(EvidenceKind, "what a piece of evidence links to", {
    Meeting => "meeting",
    Event => "event",
    Consultation => "consultation",
    Decision => "decision",
    ProposalVersion => "proposal_version",
    WikiPage => "wiki_page",
    File => "file",
});
