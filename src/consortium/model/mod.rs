//! The consortium's tables. `members` holds the member organisations (from the
//! directory), their roles and dates, representatives and signatories, and the log of
//! every change; `rules` the versions of "the way we decide"; `decisions` proposals put to
//! the members, their rounds and the register; `stances` recording a member's stance (one
//! per member per round, whoever gives it, refused once the round has closed); `closing`
//! closing rounds whose time has passed, with their mail, and the day-before reminders.

mod closing;
mod decisions;
mod members;
mod representatives;
mod rules;
mod stances;

pub use closing::*;
pub use decisions::*;
pub use members::*;
pub use representatives::*;
pub use rules::*;
pub use stances::*;

crate::typed_id!(MemberId, "a consortium member");
crate::typed_id!(DecisionId, "a consortium decision");

crate::code_enum!(MemberRole, "a member's role in the consortium", {
    Lead => "lead",
    Member => "member",
    Facilitator => "facilitator",
    Supporting => "supporting",
    Observer => "observer",
});

impl MemberRole {
    /// Whether members in this role take part in decisions (observers do not).
    pub fn decides(self) -> bool {
        self != MemberRole::Observer
    }
}

crate::code_enum!(Stance, "a member's stance on a proposal", {
    Consent => "consent",
    Reservations => "reservations",
    StandAside => "stand_aside",
    Object => "object",
    Block => "block",
});

impl Stance {
    /// Whether a reason must be given with it.
    pub fn needs_reason(self) -> bool {
        matches!(self, Stance::Object | Stance::Block)
    }
}

crate::code_enum!(Outcome, "the result of a round", {
    Agreed => "agreed",
    AgreedWithReservations => "agreed_reservations",
    NotAgreed => "not_agreed",
    NoQuorum => "no_quorum",
});

/// Today's date in Europe/London, as `YYYY-MM-DD` (members' dates are days, not times).
pub fn today(now: i64) -> String {
    crate::calendar::when::utc_to_london(now).0
}
