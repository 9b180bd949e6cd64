//! The example consortium for `serve --demo`. The founding document names no lead
//! networks, so the members are example organisations, named and marked as examples (and
//! as demo data in the directory): a lead network for each nation and a bid facilitator.
//! One example decision is open for stances. Idempotent; the open decision moves on when
//! its closing time has passed.

use sqlx::Row;

use super::model::{self, MemberRole, NewDecision};
use crate::config::Config;
use crate::error::AppResult;
use crate::orgs::fields::OrgFields;
use crate::storage::{now, Db};

/// (name, role, nation it leads)
const MEMBERS: &[(&str, MemberRole, Option<&str>)] = &[
    (
        "Example lead network for England",
        MemberRole::Lead,
        Some("england"),
    ),
    (
        "Example lead network for Scotland",
        MemberRole::Lead,
        Some("scotland"),
    ),
    (
        "Example lead network for Wales",
        MemberRole::Lead,
        Some("wales"),
    ),
    (
        "Example lead network for Northern Ireland",
        MemberRole::Lead,
        Some("northern_ireland"),
    ),
    ("Example bid facilitator", MemberRole::Facilitator, None),
];

const DECISION_TITLE: &str = "Example: the funding proposal's sections follow the initial brief";
const DECISION_TEXT: &str = "We agree that the sections of our funding proposal follow the initial brief: its aims, objective, intended outcomes, rationale, outputs and approach.

(An example decision, for trying the platform.)";

/// The demo members, by name: created when missing.
pub async fn load(db: &Db, config: &Config) -> AppResult<()> {
    for (name, role, lead) in MEMBERS {
        let slug = crate::orgs::model::slugify(name);
        let org = match crate::orgs::model::find_by_slug(db, &slug).await? {
            Some(org) => org.id,
            None => {
                let fields = OrgFields {
                    name: (*name).to_string(),
                    description: "An example member of the consortium (demo data: the founding document names no lead networks).".into(),
                    org_type: "network".into(),
                    listed: true,
                    nations: lead.map(|n| vec![n.to_string()]).unwrap_or_default(),
                    lead_nation: lead.unwrap_or_default().to_string(),
                    ..OrgFields::default()
                };
                crate::orgs::model::create(
                    db,
                    &fields,
                    (None, "Open Government Pioneers"),
                    "Example consortium member (demo data)",
                    true,
                )
                .await?
                .ok();
                match crate::orgs::model::find_by_slug(db, &slug).await? {
                    Some(org) => org.id,
                    // A lead nation already taken by a real record: leave the example out.
                    None => continue,
                }
            }
        };
        let exists =
            sqlx::query("SELECT 1 AS x FROM consortium_members WHERE organisation_id = $1")
                .bind(org.0)
                .fetch_optional(&db.pool)
                .await?;
        if exists.is_none() {
            model::add_member(db, org.0, *role, "2018-10-01", true, None)
                .await?
                .ok();
        }
    }
    members_only_example_page(db).await?;
    open_example_decision(db, config).await
}

const NOTES_TITLE: &str = "Consortium working notes";
const NOTES_TEXT: &str = "Notes for the consortium's members: only members' representatives and coordinators can read this page, its history and its talk.

(An example members-only page, for trying the platform.)

## Before the next members' meeting

- Agree who drafts the funding proposal's outputs section.
- Bring letters of support to the members' space.
";

/// A members-only wiki page, made members-only before anyone can be served it.
async fn members_only_example_page(db: &Db) -> AppResult<()> {
    let Ok(title) = crate::wiki::title::Title::parse(NOTES_TITLE) else {
        return Ok(());
    };
    if crate::wiki::model::find_page(db, &title).await?.is_some() {
        return Ok(());
    }
    crate::wiki::save::save(
        db,
        crate::wiki::save::Edit {
            title: &title,
            base_revision_id: None,
            section: None,
            text: NOTES_TEXT,
            summary: "Example members-only page (demo data)",
            minor: false,
            author_id: None,
            author_name: "Open Government Pioneers",
        },
    )
    .await?;
    if let Some(page) = crate::wiki::model::find_page(db, &title).await? {
        crate::wiki::model::manage::set_protection(db, page.id, "none", true).await?;
    }
    Ok(())
}

async fn open_example_decision(db: &Db, config: &Config) -> AppResult<()> {
    let t = now();
    let row = sqlx::query(
        "SELECT d.id, MAX(r.closes_at) AS closes FROM consortium_decisions d JOIN consortium_rounds r ON r.decision_id = d.id \
         WHERE d.is_example = 1 AND d.title = $1 GROUP BY d.id",
    )
    .bind(DECISION_TITLE)
    .fetch_optional(&db.pool)
    .await?;
    match row {
        Some(r) if r.try_get::<i64, _>("closes")? > t => Ok(()),
        Some(r) => {
            // Closed since the demo was last loaded: open a new round, so there is always
            // one to try.
            model::close_due(db, config, t).await?;
            let rules = model::current_rules(db).await?.map_or(1, |r| r.id);
            model::reopen_decision(db, config, r.try_get("id")?, rules, t, t + 14 * 86_400)
                .await?
                .ok();
            Ok(())
        }
        None => {
            let rules = model::current_rules(db).await?.map_or(1, |r| r.id);
            let new = NewDecision {
                title: DECISION_TITLE.into(),
                proposal: DECISION_TEXT.into(),
                background: "The initial brief of the Open Government Pioneers Project Board sets out the aims, objective, intended outcomes, rationale, outputs and approach.".into(),
                opens_at: t,
                closes_at: t + 14 * 86_400,
                is_example: true,
                ..NewDecision::default()
            };
            model::create_decision(db, config, &new, rules, None).await?;
            Ok(())
        }
    }
}
