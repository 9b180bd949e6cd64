//! Seeds the consortium benchmark: 60 member organisations (four lead networks), each with
//! a signatory; a register of 500 decisions (499 closed, with every member's stance, and
//! one open); and a proposal of 40 sections with 2,000 revisions between them and 120
//! budget lines. Prints the paths `bench/consortium.sh` load-tests and how long seeding
//! took. The signatory `signatory@example.org` (member 1) and the coordinator
//! `coordinator@example.org` have the password `bench consortium passphrase`.
//!
//! Run: `cargo bench --bench consortium_seed -- DATA_DIR` (SQLite in DATA_DIR), or with
//! `BENCH_DATABASE_URL=postgres://…` (an empty database).

use std::time::Instant;

use coproduce::auth::model::{create_user, NewUser};
use coproduce::auth::password;
use coproduce::auth::role::Role;
use coproduce::config::Config;
use coproduce::consortium::model::{self, Casting, MemberRole, NewDecision, Stance};
use coproduce::i18n::Lang;
use coproduce::orgs::fields::OrgFields;
use coproduce::proposals::model::{
    self as proposals, Category, NewLine, NewProposal, NewSection, SectionSave, SectionStatus,
};
use coproduce::storage::{self, now, Db};

const MEMBERS: usize = 60;
const DECISIONS: usize = 500;
const SECTIONS: usize = 40;
const REVISIONS: usize = 2_000;
pub const PASSWORD: &str = "bench consortium passphrase";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let err = |e: coproduce::error::AppError| anyhow::anyhow!("{e:?}");
    let dir = std::env::args()
        .nth(1)
        .filter(|a| !a.starts_with('-'))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("coproduce-consortium-bench"));
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            let _ = std::fs::remove_dir_all(&dir);
            storage::database_url(None, &dir)?
        }
    };
    let db = Db::connect(&url, 8).await?;
    storage::run_migrations(&db).await?;
    let config = Config::for_database(url.clone(), dir.clone())?;
    let start = Instant::now();
    let hash = password::hash(PASSWORD)?;
    let coordinator = create_user(
        &db,
        NewUser {
            email: "coordinator@example.org",
            name: "Bench coordinator",
            password_hash: Some(&hash),
            role: Role::Coordinator,
            lang: Lang::En,
            email_confirmed: true,
        },
    )
    .await
    .map_err(err)?;
    let leads = ["england", "scotland", "wales", "northern_ireland"];
    let mut members = Vec::new();
    for n in 0..MEMBERS {
        let lead = leads.get(n).copied();
        let fields = OrgFields {
            name: format!("Bench member {n:02}"),
            org_type: "network".into(),
            listed: true,
            nations: vec![leads[n % 4].to_string()],
            lead_nation: lead.unwrap_or_default().to_string(),
            ..OrgFields::default()
        };
        let slug = coproduce::orgs::model::create(&db, &fields, (None, "Bench"), "bench", false)
            .await
            .map_err(err)?
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let org = coproduce::orgs::model::find_by_slug(&db, &slug)
            .await
            .map_err(err)?
            .ok_or_else(|| anyhow::anyhow!("no org"))?;
        let role = if lead.is_some() {
            MemberRole::Lead
        } else {
            MemberRole::Member
        };
        let member = model::add_member(&db, org.id.0, role, "2018-06-01", false, None)
            .await
            .map_err(err)?
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let email = if n == 0 {
            "signatory@example.org".to_string()
        } else {
            format!("signatory{n}@example.org")
        };
        let user = create_user(
            &db,
            NewUser {
                email: &email,
                name: &format!("Signatory {n}"),
                password_hash: Some(&hash),
                role: Role::Partner,
                lang: Lang::En,
                email_confirmed: true,
            },
        )
        .await
        .map_err(err)?;
        model::add_representative(&db, member, user.0, true, None)
            .await
            .map_err(err)?
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        members.push(member);
    }
    println!(
        "{MEMBERS} members with signatories: {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let rules = model::current_rules(&db)
        .await
        .map_err(err)?
        .map_or(1, |r| r.id);
    let start = Instant::now();
    let stances = [
        Stance::Consent,
        Stance::Consent,
        Stance::Reservations,
        Stance::StandAside,
        Stance::Object,
    ];
    let mut open = None;
    for d in 0..DECISIONS {
        let last = d + 1 == DECISIONS;
        let opens = now() - 86_400 * (DECISIONS - d) as i64 - 3_600;
        let new = NewDecision {
            title: format!("Bench decision {d}: adopt part {d} of the plan"),
            proposal: "We agree to adopt this part of the plan, as written in the background."
                .into(),
            background: "Generated for the benchmark.".into(),
            opens_at: opens,
            closes_at: if last {
                now() + 30 * 86_400
            } else {
                opens + 3_000
            },
            ..NewDecision::default()
        };
        let id = model::create_decision(&db, &config, &new, rules, Some(coordinator.0))
            .await
            .map_err(err)?;
        for (i, m) in members.iter().enumerate() {
            let stance = stances[(i + d) % stances.len()];
            let reason = if stance == Stance::Object {
                "Generated objection."
            } else {
                ""
            };
            let at = if last { now() } else { opens + 60 };
            model::record_stance(
                &db,
                id,
                1,
                *m,
                stance,
                reason,
                &Casting {
                    by_user: coordinator.0,
                    on_behalf_how: "bench",
                },
                at,
            )
            .await
            .map_err(err)?
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        }
        if last {
            open = Some(id);
        }
    }
    model::close_due(&db, &config, now()).await.map_err(err)?;
    println!(
        "{DECISIONS} decisions with {} stances: {:.1} s",
        DECISIONS * MEMBERS,
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let sections: Vec<NewSection> = (0..SECTIONS)
        .map(|n| NewSection {
            title: format!("Question {n}"),
            question: "What will you do?".into(),
            word_limit: 500,
            body: String::new(),
        })
        .collect();
    let proposal = proposals::create_proposal(
        &db,
        "bench",
        &NewProposal {
            title: "Bench bid".into(),
            funder: "Bench Fund".into(),
            ..NewProposal::default()
        },
        &sections,
        false,
        None,
    )
    .await
    .map_err(err)?;
    let all = proposals::sections(&db, proposal).await.map_err(err)?;
    for r in 0..REVISIONS {
        let section = proposals::find_section(&db, proposal, all[r % SECTIONS].id)
            .await
            .map_err(err)?
            .ok_or_else(|| anyhow::anyhow!("no section"))?;
        let body = format!(
            "Revision {r}. People furthest from decision making take part in the plans. {}",
            "We reach them through the networks they trust. ".repeat(8)
        );
        let save = SectionSave {
            body: &body,
            status: SectionStatus::Drafting,
            owner_id: Some(members[r % MEMBERS]),
            summary: "bench",
            base: section.revision,
        };
        proposals::save_section(
            &db,
            &config,
            &section,
            &save,
            (coordinator.0, "Bench coordinator"),
        )
        .await
        .map_err(err)?
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    let lines: Vec<NewLine> = (0..120)
        .map(|n| NewLine {
            member_id: Some(members[n % MEMBERS]),
            item: format!("Line {n}"),
            category: Category::Activities,
            year: (n % 3 + 1) as i64,
            amount_pence: 10_000 + n as i64 * 100,
        })
        .collect();
    proposals::replace_budget(&db, proposal, &lines)
        .await
        .map_err(err)?;
    println!(
        "a proposal of {SECTIONS} sections, {REVISIONS} revisions, 120 budget lines: {:.1} s",
        start.elapsed().as_secs_f64()
    );
    // Closing and drafting mailed every member: clear the generated outbox.
    sqlx::query("DELETE FROM outbox").execute(&db.pool).await?;
    println!(
        "OPEN_DECISION=/consortium/decisions/{}",
        open.map_or(0, |d| d.0)
    );
    println!("CLOSED_DECISION=/consortium/decisions/1");
    println!("SECTION=/proposals/bench/sections/{}", all[0].id.0);
    Ok(())
}
