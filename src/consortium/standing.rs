//! Where the person asking stands in the consortium: a coordinator, a representative (and
//! perhaps the signatory) of a current member, the facilitator's representative, or none
//! of these. Pages ask this once and decide what to show from it.

use super::model::{self, Member, MemberRole};
use crate::error::{AppError, AppResult};
use crate::http::RequestContext;
use crate::state::AppState;
use crate::storage::now;

#[derive(Clone, Debug, Default)]
pub struct Standing {
    pub coordinator: bool,
    /// The current member this person represents, and whether they are its signatory.
    pub member: Option<(Member, bool)>,
}

impl Standing {
    pub async fn of(state: &AppState, ctx: &RequestContext) -> AppResult<Standing> {
        let Some(user) = &ctx.user else {
            return Ok(Standing::default());
        };
        let today = model::today(now());
        let member = model::member_of_user(&state.db, user.id.0)
            .await?
            .filter(|(m, _)| m.is_current(&today));
        Ok(Standing {
            coordinator: ctx.is_coordinator(),
            member,
        })
    }

    /// Members' representatives and coordinators: the members' space, stances and reasons.
    pub fn is_inside(&self) -> bool {
        self.coordinator || self.member.is_some()
    }

    /// Coordinators and the bid facilitator's representatives put proposals to the members
    /// and write the outcome.
    pub fn may_propose(&self) -> bool {
        self.coordinator
            || self
                .member
                .as_ref()
                .is_some_and(|(m, _)| m.role == MemberRole::Facilitator)
    }

    /// The member this person gives stances for as its signatory.
    pub fn signatory_for(&self) -> Option<&Member> {
        self.member
            .as_ref()
            .filter(|(m, signatory)| *signatory && m.role.decides())
            .map(|(m, _)| m)
    }

    /// Refuses (as not found, so nothing is revealed) anyone outside the members.
    pub fn require_inside(&self) -> AppResult<()> {
        if self.is_inside() {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Refuses (as not found, like the members' space) anyone who may not propose.
    pub fn require_proposer(&self) -> AppResult<()> {
        if self.may_propose() {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}
