//! A proposal's sections: each follows one of the funder's questions, with a word limit,
//! an owner (a member organisation), a status, its text and every revision of it, and
//! comments. Saving is one transaction that refuses a save based on an older revision
//! (someone else saved first: the person's text comes back beside the current one), writes
//! the next revision, and e-mails the owner's representatives when the status changed;
//! a comment e-mails them too (never the person who acted).

use sqlx::Row;

use super::{event_on, ProposalId, SectionId};
use crate::config::Config;
use crate::consortium::model::MemberId;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages::send_keyed_on;
use crate::storage::json_rows::rows_of;
use crate::storage::{now, Db};

crate::code_enum!(SectionStatus, "a section's status", {
    NotStarted => "not_started",
    Drafting => "drafting",
    Review => "review",
    Agreed => "agreed",
});

#[derive(Clone, Debug)]
pub struct Section {
    pub id: SectionId,
    pub proposal_id: ProposalId,
    pub position: i64,
    pub title: String,
    pub question: String,
    pub word_limit: i64,
    pub owner_id: Option<MemberId>,
    pub owner_name: String,
    pub status: SectionStatus,
    pub body: String,
    pub revision: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "s.id, s.proposal_id, s.position, s.title, s.question, s.word_limit, s.owner_id, COALESCE(o.name, '') AS owner_name, s.status, s.body, s.revision, s.updated_at";
const FROM: &str = "FROM proposal_sections s LEFT JOIN consortium_members m ON m.id = s.owner_id LEFT JOIN organisations o ON o.id = m.organisation_id";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Section> {
    Ok(Section {
        id: r.try_get("id")?,
        proposal_id: r.try_get("proposal_id")?,
        position: r.try_get("position")?,
        title: r.try_get("title")?,
        question: r.try_get("question")?,
        word_limit: r.try_get("word_limit")?,
        owner_id: r.try_get("owner_id")?,
        owner_name: r.try_get("owner_name")?,
        status: SectionStatus::from_code(&r.try_get::<String, _>("status")?)
            .unwrap_or(SectionStatus::NotStarted),
        body: r.try_get("body")?,
        revision: r.try_get("revision")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// A proposal's sections, in order (one row from the database: see `storage::json_rows`).
pub async fn sections(db: &Db, proposal: ProposalId) -> AppResult<Vec<Section>> {
    let sql = db.json_rows(
        &format!("SELECT {COLUMNS} {FROM} WHERE s.proposal_id = $1 ORDER BY s.position, s.id"),
        &[
            "id",
            "proposal_id",
            "position",
            "title",
            "question",
            "word_limit",
            "owner_id",
            "owner_name",
            "status",
            "body",
            "revision",
            "updated_at",
        ],
    );
    let row = sqlx::query(&sql).bind(proposal).fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?
        .iter()
        .map(|r| Section {
            id: SectionId(r.i64(0)),
            proposal_id: ProposalId(r.i64(1)),
            position: r.i64(2),
            title: r.string(3),
            question: r.string(4),
            word_limit: r.i64(5),
            owner_id: r.opt_i64(6).map(MemberId),
            owner_name: r.string(7),
            status: SectionStatus::from_code(&r.string(8)).unwrap_or(SectionStatus::NotStarted),
            body: r.string(9),
            revision: r.i64(10),
            updated_at: r.i64(11),
        })
        .collect())
}

pub async fn find_section(
    db: &Db,
    proposal: ProposalId,
    id: SectionId,
) -> AppResult<Option<Section>> {
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE s.proposal_id = $1 AND s.id = $2");
    sqlx::query(&sql)
        .bind(proposal)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// A section's new text, status and owner, saved on top of revision `base`.
#[derive(Clone, Debug)]
pub struct SectionSave<'a> {
    pub body: &'a str,
    pub status: SectionStatus,
    pub owner_id: Option<MemberId>,
    pub summary: &'a str,
    pub base: i64,
}

/// Someone saved the section after `base`: nothing was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveConflict;

/// Saves a section as its next revision; returns the revision's number.
pub async fn save_section(
    db: &Db,
    config: &Config,
    section: &Section,
    save: &SectionSave<'_>,
    by: (i64, &str),
) -> AppResult<Result<i64, SaveConflict>> {
    let t = now();
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE proposal_sections SET body = $1, status = $2, owner_id = $3, revision = revision + 1, updated_at = $4 \
         WHERE id = $5 AND revision = $6",
    )
    .bind(save.body.to_string())
    .bind(save.status.code())
    .bind(save.owner_id)
    .bind(t)
    .bind(section.id)
    .bind(save.base)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(Err(SaveConflict));
    }
    let number = save.base + 1;
    sqlx::query(
        "INSERT INTO proposal_section_revisions (section_id, number, body, status, summary, editor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(section.id)
    .bind(number)
    .bind(save.body.to_string())
    .bind(save.status.code())
    .bind(save.summary.to_string())
    .bind(by.0)
    .bind(t)
    .execute(&mut *tx)
    .await?;
    if save.status != section.status {
        event_on(
            &mut tx,
            section.proposal_id,
            "section-status",
            None,
            &section.title,
            Some(by.0),
        )
        .await?;
        let status = save.status;
        mail_owner_on(
            &mut tx,
            config,
            section,
            save.owner_id,
            by.0,
            "proposal-section-status",
            |lang| {
                vec![(
                    "status",
                    Arg::from(lang.t(&format!("proposals-status-{}", status.code()))),
                )]
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(number))
}

/// E-mails the representatives of the section's owner (but not `actor`).
async fn mail_owner_on(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    section: &Section,
    owner: Option<MemberId>,
    actor: i64,
    key: &str,
    extra: impl Fn(Lang) -> Vec<(&'static str, Arg)>,
) -> AppResult<()> {
    let Some(owner) = owner else { return Ok(()) };
    let slug: String = sqlx::query("SELECT slug FROM proposals WHERE id = $1")
        .bind(section.proposal_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("slug")?;
    let link = config.link(&format!("/proposals/{slug}/sections/{}", section.id));
    let to = sqlx::query(
        "SELECT u.email, u.lang FROM consortium_representatives r JOIN users u ON u.id = r.user_id \
         WHERE r.member_id = $1 AND r.user_id <> $2 AND u.suspended_at IS NULL ORDER BY u.email",
    )
    .bind(owner)
    .bind(actor)
    .fetch_all(&mut *conn)
    .await?;
    for r in to {
        let lang = Lang::from_code(&r.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let mut args = vec![
            ("section", Arg::from(section.title.clone())),
            ("link", Arg::from(link.clone())),
        ];
        args.extend(extra(lang));
        let email: String = r.try_get("email")?;
        send_keyed_on(conn, lang, key, &email, &args, None).await?;
    }
    Ok(())
}

/// One saved text of a section.
#[derive(Clone, Debug)]
pub struct Revision {
    pub number: i64,
    pub body: String,
    pub status: String,
    pub summary: String,
    pub editor: String,
    pub at: i64,
}

/// Every revision of a section, newest first (one row from the database).
pub async fn revisions(db: &Db, section: SectionId) -> AppResult<Vec<Revision>> {
    let sql = db.json_rows(
        "SELECT r.number, r.body, r.status, r.summary, COALESCE(u.name, '') AS editor, r.created_at FROM proposal_section_revisions r \
         LEFT JOIN users u ON u.id = r.editor_id WHERE r.section_id = $1 ORDER BY r.number DESC",
        &["number", "body", "status", "summary", "editor", "created_at"],
    );
    let row = sqlx::query(&sql).bind(section).fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?
        .iter()
        .map(|r| Revision {
            number: r.i64(0),
            body: r.string(1),
            status: r.string(2),
            summary: r.string(3),
            editor: r.string(4),
            at: r.i64(5),
        })
        .collect())
}

/// A comment on a section.
#[derive(Clone, Debug)]
pub struct SectionComment {
    pub author: String,
    pub body: String,
    pub at: i64,
}

pub async fn section_comments(db: &Db, section: SectionId) -> AppResult<Vec<SectionComment>> {
    sqlx::query(
        "SELECT author_name, body, created_at FROM proposal_section_comments WHERE section_id = $1 ORDER BY id",
    )
    .bind(section)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(SectionComment {
            author: r.try_get("author_name")?,
            body: r.try_get("body")?,
            at: r.try_get("created_at")?,
        })
    })
    .collect()
}

/// Adds a comment and e-mails the owner's representatives, in one transaction.
pub async fn add_section_comment(
    db: &Db,
    config: &Config,
    section: &Section,
    by: (i64, &str),
    body: &str,
) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO proposal_section_comments (section_id, author_id, author_name, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(section.id)
    .bind(by.0)
    .bind(by.1.to_string())
    .bind(body.to_string())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let name = by.1.to_string();
    mail_owner_on(
        &mut tx,
        config,
        section,
        section.owner_id,
        by.0,
        "proposal-section-comment",
        |_| vec![("name", Arg::from(name.clone()))],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
