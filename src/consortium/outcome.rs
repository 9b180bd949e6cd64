//! The result of a round, computed from the rules it was taken under and the stances
//! given: no quorum when too few deciding members answered; not agreed on a block that the
//! rules let stop it, or on objections reaching the share the rules set; otherwise agreed,
//! with reservations noted when anyone consented with reservations or objected. Pure: the
//! same stances and rules always give the same result.

use super::model::{BlockBy, BlockEffect, MemberRole, ObjectionEffect, Outcome, RuleTerms, Stance};

/// How many of each stance a round had.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub consent: i64,
    pub reservations: i64,
    pub stand_aside: i64,
    pub object: i64,
    pub block: i64,
}

impl Tally {
    pub fn of(stances: &[(MemberRole, Stance)]) -> Tally {
        let mut t = Tally::default();
        for (_, s) in stances {
            match s {
                Stance::Consent => t.consent += 1,
                Stance::Reservations => t.reservations += 1,
                Stance::StandAside => t.stand_aside += 1,
                Stance::Object => t.object += 1,
                Stance::Block => t.block += 1,
            }
        }
        t
    }

    pub fn given(&self) -> i64 {
        self.consent + self.reservations + self.stand_aside + self.object + self.block
    }

    /// Each stance with its count, in the order pages list them.
    pub fn counts(&self) -> [(Stance, i64); 5] {
        [
            (Stance::Consent, self.consent),
            (Stance::Reservations, self.reservations),
            (Stance::StandAside, self.stand_aside),
            (Stance::Object, self.object),
            (Stance::Block, self.block),
        ]
    }
}

/// Whether a member in `role` may block under `rules` (a block by anyone else counts as an
/// objection).
pub fn may_block(rules: &RuleTerms, role: MemberRole) -> bool {
    match rules.block_by {
        BlockBy::Members => role.decides(),
        BlockBy::Leads => role == MemberRole::Lead,
        BlockBy::Nobody => false,
    }
}

/// The result of a round with `eligible` deciding members and these stances (each with the
/// role of the member that gave it).
pub fn outcome(rules: &RuleTerms, eligible: i64, stances: &[(MemberRole, Stance)]) -> Outcome {
    let given = i64::try_from(stances.len()).unwrap_or(i64::MAX);
    if eligible == 0 || given * 100 < rules.quorum_percent * eligible {
        return Outcome::NoQuorum;
    }
    let mut blocks = 0;
    let mut objections = 0;
    let mut reservations = 0;
    for (role, stance) in stances {
        match stance {
            Stance::Block
                if may_block(rules, *role) && rules.block_effect == BlockEffect::Stops =>
            {
                blocks += 1
            }
            Stance::Block | Stance::Object => objections += 1,
            Stance::Reservations => reservations += 1,
            Stance::Consent | Stance::StandAside => {}
        }
    }
    if blocks > 0 {
        return Outcome::NotAgreed;
    }
    if rules.objection_effect == ObjectionEffect::Share
        && objections > 0
        && objections * 100 >= rules.objection_percent * given
    {
        return Outcome::NotAgreed;
    }
    if objections > 0 || reservations > 0 {
        Outcome::AgreedWithReservations
    } else {
        Outcome::Agreed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> RuleTerms {
        RuleTerms::default()
    }

    #[test]
    fn a_block_stops_it_and_an_objection_follows_the_rules() {
        use MemberRole::*;
        use Stance::*;
        let r = rules();
        assert_eq!(
            outcome(&r, 3, &[(Member, Consent), (Member, Consent)]),
            Outcome::Agreed
        );
        assert_eq!(
            outcome(&r, 3, &[(Member, Consent), (Member, Block)]),
            Outcome::NotAgreed
        );
        assert_eq!(
            outcome(&r, 3, &[(Member, Consent), (Member, Object)]),
            Outcome::AgreedWithReservations
        );
        let strict = RuleTerms {
            objection_effect: ObjectionEffect::Share,
            objection_percent: 50,
            ..rules()
        };
        assert_eq!(
            outcome(&strict, 3, &[(Member, Consent), (Member, Object)]),
            Outcome::NotAgreed
        );
        assert_eq!(
            outcome(
                &strict,
                3,
                &[(Member, Consent), (Member, Consent), (Member, Object)]
            ),
            Outcome::AgreedWithReservations
        );
        // Only lead networks may block: a member's block is an objection.
        let leads = RuleTerms {
            block_by: BlockBy::Leads,
            ..rules()
        };
        assert_eq!(
            outcome(&leads, 2, &[(Member, Block), (Lead, Consent)]),
            Outcome::AgreedWithReservations
        );
        assert_eq!(
            outcome(&leads, 2, &[(Lead, Block), (Member, Consent)]),
            Outcome::NotAgreed
        );
        // Too few answers.
        assert_eq!(
            outcome(&r, 5, &[(Member, Consent), (Member, Consent)]),
            Outcome::NoQuorum
        );
        assert_eq!(outcome(&r, 0, &[]), Outcome::NoQuorum);
    }
}
