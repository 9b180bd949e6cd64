//! Recording stances and closing rounds, at the model: one stance per member however many
//! answer at once, a stance racing the close is counted or refused and never half-kept,
//! members who left and observers cannot answer, the result follows the rules recorded on
//! the round, and the day-before reminder goes once to those who have not answered.

use coproduce::auth::role::Role;
use coproduce::consortium::model::{
    self, BlockBy, BlockEffect, Casting, MemberRole, ObjectionEffect, Outcome, RuleTerms, Stance,
    StanceRefused,
};
use coproduce::storage::now;

use super::{decision, let_time_pass, member, signatory};
use crate::util::TestApp;

#[tokio::test]
async fn two_representatives_answering_at_once_give_one_stance() {
    let app = TestApp::new().await;
    let m = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let a = app.user("a@example.org", "A", Role::Partner).await;
    let b = app.user("b@example.org", "B", Role::Partner).await;
    let id = decision(&app, "Adopt the plan", 86_400).await;
    let mut tasks = Vec::new();
    for (user, stance) in [(a, Stance::Consent), (b, Stance::StandAside)] {
        let db = app.db.clone();
        tasks.push(tokio::spawn(async move {
            let casting = Casting {
                by_user: user.0,
                on_behalf_how: "",
            };
            model::record_stance(&db, id, 1, m, stance, "", &casting, now()).await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap().unwrap();
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_stances").await,
        1
    );
    // Ten changes at once: the counts follow the stance that stayed.
    let mut tasks = Vec::new();
    for n in 0..10 {
        let db = app.db.clone();
        let stance = if n % 2 == 0 {
            Stance::Object
        } else {
            Stance::Consent
        };
        let reason = if n % 2 == 0 { "No" } else { "" };
        tasks.push(tokio::spawn(async move {
            let casting = Casting {
                by_user: a.0,
                on_behalf_how: "",
            };
            model::record_stance(&db, id, 1, m, stance, reason, &casting, now()).await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap().unwrap();
    }
    let kept = app.count("SELECT CASE WHEN stance = 'object' THEN object_n ELSE consent_n END FROM consortium_stances s JOIN consortium_rounds r ON r.decision_id = s.decision_id AND r.round = s.round").await;
    assert_eq!(kept, 1, "the stance kept is the one counted");
    // Then the same stance given again, twice: nothing more is counted.
    for user in [a, b] {
        let casting = Casting {
            by_user: user.0,
            on_behalf_how: "",
        };
        model::record_stance(&app.db, id, 1, m, Stance::StandAside, "", &casting, now())
            .await
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_stances").await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_stance_history")
            .await,
        14
    );
    // The round's counts moved with the stance: one stance counted, once.
    let counted = app
        .count("SELECT consent_n + reservations_n + stand_aside_n + object_n + block_n FROM consortium_rounds")
        .await;
    assert_eq!(counted, 1);
    assert_eq!(
        app.count("SELECT stand_aside_n FROM consortium_rounds")
            .await,
        1
    );
}

#[tokio::test]
async fn a_stance_arriving_as_the_round_closes_is_counted_or_refused_never_half_kept() {
    for attempt in 0..6 {
        let app = TestApp::new().await;
        let m = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
        let user = app.user("a@example.org", "A", Role::Partner).await;
        let id = decision(&app, "Adopt the plan", 2).await;
        let closes = model::rounds(&app.db, id).await.unwrap()[0].closes_at;
        // The close and the stance race, both at the closing second.
        let db = app.db.clone();
        let stance = tokio::spawn(async move {
            let casting = Casting {
                by_user: user.0,
                on_behalf_how: "",
            };
            let at = if attempt % 2 == 0 { closes - 1 } else { closes };
            model::record_stance(&db, id, 1, m, Stance::Consent, "", &casting, at).await
        });
        let closed = model::close_due(&app.db, &app.state.config, closes + 1);
        let (stance, closed) = tokio::join!(stance, closed);
        closed.unwrap();
        let stance = stance.unwrap().unwrap();
        let kept = app.count("SELECT COUNT(*) FROM consortium_stances").await;
        let history = app
            .count("SELECT COUNT(*) FROM consortium_stance_history")
            .await;
        let round = model::rounds(&app.db, id).await.unwrap().remove(0);
        match stance {
            Ok(()) => {
                assert_eq!((kept, history), (1, 1));
                // Counted: one member of one, consenting.
                assert_eq!(round.result, Some(Outcome::Agreed), "attempt {attempt}");
            }
            Err(refused) => {
                assert_eq!(refused, StanceRefused::Closed);
                assert_eq!((kept, history), (0, 0));
                assert_eq!(round.result, Some(Outcome::NoQuorum), "attempt {attempt}");
            }
        }
    }
}

#[tokio::test]
async fn members_who_left_and_observers_cannot_answer() {
    let app = TestApp::new().await;
    let gone = member(&app, "Gone", MemberRole::Member, None).await;
    let watcher = member(&app, "Watcher", MemberRole::Observer, None).await;
    let g = model::find_member(&app.db, gone).await.unwrap().unwrap();
    model::update_member(
        &app.db,
        &g,
        MemberRole::Member,
        "2018-06-01",
        Some("2019-01-01"),
        None,
    )
    .await
    .unwrap()
    .unwrap();
    let user = app.user("a@example.org", "A", Role::Partner).await;
    let id = decision(&app, "Adopt the plan", 86_400).await;
    let casting = Casting {
        by_user: user.0,
        on_behalf_how: "",
    };
    for (m, refusal) in [
        (gone, StanceRefused::NotAMember),
        (watcher, StanceRefused::DoesNotDecide),
    ] {
        let r = model::record_stance(&app.db, id, 1, m, Stance::Consent, "", &casting, now())
            .await
            .unwrap();
        assert_eq!(r, Err(refusal));
    }
    // A signatory of a member that has left is not offered the form either.
    let sig = signatory(&app, gone, "gone@example.org").await;
    let page = sig.get(&format!("/consortium/decisions/{id}")).await.html();
    assert_eq!(page.count("input[name='round']"), 0);
}

#[tokio::test]
async fn a_block_stops_it_and_an_objection_follows_the_rules_the_round_recorded() {
    let app = TestApp::new().await;
    let a = member(&app, "A Network", MemberRole::Member, None).await;
    let b = member(&app, "B Network", MemberRole::Member, None).await;
    let c = member(&app, "C Network", MemberRole::Member, None).await;
    let user = app.user("u@example.org", "U", Role::Coordinator).await;
    let casting = Casting {
        by_user: user.0,
        on_behalf_how: "by e-mail",
    };
    // Under the starting rules an objection is noted.
    let first = decision(&app, "First", 86_400).await;
    // Then the members agree that a third of objections stops a proposal.
    let strict = RuleTerms {
        quorum_percent: 50,
        objection_effect: ObjectionEffect::Share,
        objection_percent: 30,
        block_by: BlockBy::Members,
        block_effect: BlockEffect::Stops,
        default_days: 7,
        body: String::new(),
    };
    model::save_rules(&app.db, &strict, "2019-01-15", None)
        .await
        .unwrap();
    let second = decision(&app, "Second", 86_400).await;
    let third = decision(&app, "Third", 86_400).await;
    for id in [first, second] {
        for (m, s, why) in [
            (a, Stance::Consent, ""),
            (b, Stance::Consent, ""),
            (c, Stance::Object, "No"),
        ] {
            model::record_stance(&app.db, id, 1, m, s, why, &casting, now())
                .await
                .unwrap()
                .unwrap();
        }
    }
    for (m, s, why) in [
        (a, Stance::Consent, ""),
        (b, Stance::Consent, ""),
        (c, Stance::Block, "Never"),
    ] {
        model::record_stance(&app.db, third, 1, m, s, why, &casting, now())
            .await
            .unwrap()
            .unwrap();
    }
    let_time_pass(&app).await;
    model::close_due(&app.db, &app.state.config, now())
        .await
        .unwrap();
    let result = |id| {
        let db = app.db.clone();
        async move { model::rounds(&db, id).await.unwrap()[0].result }
    };
    assert_eq!(result(first).await, Some(Outcome::AgreedWithReservations));
    assert_eq!(result(second).await, Some(Outcome::NotAgreed));
    assert_eq!(result(third).await, Some(Outcome::NotAgreed));
    // Closing again changes nothing.
    assert_eq!(
        model::close_due(&app.db, &app.state.config, now())
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn those_who_have_not_answered_are_reminded_once_a_day_before_the_close() {
    let app = TestApp::new().await;
    let a = member(&app, "A Network", MemberRole::Member, None).await;
    let b = member(&app, "B Network", MemberRole::Member, None).await;
    let _sa = signatory(&app, a, "a@example.org").await;
    let _sb = signatory(&app, b, "b@example.org").await;
    let id = decision(&app, "Adopt the plan", 12 * 3600).await;
    let casting = Casting {
        by_user: 1,
        on_behalf_how: "",
    };
    model::record_stance(&app.db, id, 1, a, Stance::Consent, "", &casting, now())
        .await
        .unwrap()
        .unwrap();
    for _ in 0..2 {
        model::run_decision_mail(&app.db, &app.state.config)
            .await
            .unwrap();
    }
    assert_eq!(app.email_count_to("a@example.org").await, 1, "opened only");
    assert_eq!(
        app.email_count_to("b@example.org").await,
        2,
        "opened and one reminder"
    );
    assert!(app
        .last_email_to("b@example.org")
        .await
        .0
        .starts_with("Reminder"));
}
