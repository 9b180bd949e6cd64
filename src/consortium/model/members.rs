//! Member organisations, their representatives and signatories, and the log of every
//! change. A member is an organisation of the directory; a lead network must be the lead
//! network of a nation there (the directory allows one per nation). A person represents
//! at most one member, and each member has at most one signatory (unique indexes), so a
//! stance is always someone's for a known organisation.

use sqlx::Row;

use super::{today, MemberId, MemberRole};
use crate::error::AppResult;
use crate::storage::json_rows::rows_of;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct Member {
    pub id: MemberId,
    pub organisation_id: i64,
    pub name: String,
    pub slug: String,
    pub role: MemberRole,
    /// The nation it leads, from the directory (lead networks only).
    pub lead_nation: Option<String>,
    /// The nations it works in, from the directory.
    pub nations: Vec<String>,
    pub joined_on: String,
    pub left_on: Option<String>,
    pub is_example: bool,
}

impl Member {
    /// A member on `today` (it has not left by then).
    pub fn is_current(&self, today: &str) -> bool {
        self.left_on.as_deref().is_none_or(|left| left > today)
    }

    /// A current member whose role takes part in decisions.
    pub fn decides(&self, today: &str) -> bool {
        self.is_current(today) && self.role.decides()
    }
}

/// One change to the consortium's membership.
#[derive(Clone, Debug)]
pub struct LogEntry {
    pub action: String,
    pub detail: String,
    pub actor: String,
    pub created_at: i64,
}

/// Why a member could not be added or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberRefused {
    AlreadyMember,
    /// A lead network must lead a nation in the directory.
    NotALeadNetwork,
    NoSuchOrganisation,
}

const MEMBER_COLUMNS: &str = "m.id, m.organisation_id, o.name, o.slug, m.role, o.lead_nation, m.joined_on, m.left_on, m.is_example";

fn member_from_row(r: &sqlx::any::AnyRow) -> AppResult<Member> {
    let role: String = r.try_get("role")?;
    Ok(Member {
        id: r.try_get("id")?,
        organisation_id: r.try_get("organisation_id")?,
        name: r.try_get("name")?,
        slug: r.try_get("slug")?,
        role: MemberRole::from_code(&role).unwrap_or(MemberRole::Member),
        lead_nation: r.try_get("lead_nation")?,
        nations: Vec::new(),
        joined_on: r.try_get("joined_on")?,
        left_on: r.try_get("left_on")?,
        is_example: r.try_get::<i64, _>("is_example")? != 0,
    })
}

/// Every member (past ones too), by name, with the nations each works in: two rows from
/// the database (see `storage::json_rows`), however many members there are.
pub async fn list_members(db: &Db) -> AppResult<Vec<Member>> {
    let sql = db.json_rows(
        "SELECT m.id, m.organisation_id, o.name, o.slug, m.role, o.lead_nation, m.joined_on, m.left_on, m.is_example \
         FROM consortium_members m JOIN organisations o ON o.id = m.organisation_id ORDER BY o.name_sort, m.id",
        &["id", "organisation_id", "name", "slug", "role", "lead_nation", "joined_on", "left_on", "is_example"],
    );
    let row = sqlx::query(&sql).fetch_one(&db.pool).await?;
    let mut members: Vec<Member> = rows_of(&row)?
        .iter()
        .map(|r| Member {
            id: MemberId(r.i64(0)),
            organisation_id: r.i64(1),
            name: r.string(2),
            slug: r.string(3),
            role: MemberRole::from_code(&r.string(4)).unwrap_or(MemberRole::Member),
            lead_nation: r.opt_string(5),
            nations: Vec::new(),
            joined_on: r.string(6),
            left_on: r.opt_string(7),
            is_example: r.i64(8) != 0,
        })
        .collect();
    let sql = db.json_rows(
        "SELECT m.id, n.nation FROM consortium_members m JOIN organisation_nations n ON n.organisation_id = m.organisation_id ORDER BY n.nation",
        &["id", "nation"],
    );
    let row = sqlx::query(&sql).fetch_one(&db.pool).await?;
    for r in rows_of(&row)? {
        let id = MemberId(r.i64(0));
        if let Some(m) = members.iter_mut().find(|m| m.id == id) {
            m.nations.push(r.string(1));
        }
    }
    Ok(members)
}

pub async fn find_member(db: &Db, id: MemberId) -> AppResult<Option<Member>> {
    let sql = format!(
        "SELECT {MEMBER_COLUMNS} FROM consortium_members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1"
    );
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(member_from_row)
        .transpose()
}

/// The member `user_id` represents, if any, and whether they are its signatory.
pub async fn member_of_user(db: &Db, user_id: i64) -> AppResult<Option<(Member, bool)>> {
    let sql = format!(
        "SELECT {MEMBER_COLUMNS}, r.is_signatory FROM consortium_representatives r \
         JOIN consortium_members m ON m.id = r.member_id JOIN organisations o ON o.id = m.organisation_id WHERE r.user_id = $1"
    );
    let row = sqlx::query(&sql)
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok((
            member_from_row(&r)?,
            r.try_get::<i64, _>("is_signatory")? != 0,
        ))
    })
    .transpose()
}

/// Whether `user_id` represents a member that has not left.
pub async fn is_current_representative(db: &Db, user_id: i64) -> AppResult<bool> {
    Ok(member_of_user(db, user_id)
        .await?
        .is_some_and(|(m, _)| m.is_current(&today(now()))))
}

pub(super) async fn log_on(
    conn: &mut sqlx::AnyConnection,
    member: MemberId,
    actor: Option<i64>,
    action: &str,
    detail: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO consortium_member_log (member_id, actor_id, action, detail, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(member)
    .bind(actor)
    .bind(action.to_string())
    .bind(detail.to_string())
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Adds organisation `organisation_id` as a member with `role` from `joined_on`, logged.
pub async fn add_member(
    db: &Db,
    organisation_id: i64,
    role: MemberRole,
    joined_on: &str,
    is_example: bool,
    actor: Option<i64>,
) -> AppResult<Result<MemberId, MemberRefused>> {
    let mut tx = db.begin_write().await?;
    let org =
        sqlx::query("SELECT lead_nation FROM organisations WHERE id = $1 AND merged_into IS NULL")
            .bind(organisation_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(org) = org else {
        return Ok(Err(MemberRefused::NoSuchOrganisation));
    };
    if role == MemberRole::Lead && org.try_get::<Option<String>, _>("lead_nation")?.is_none() {
        return Ok(Err(MemberRefused::NotALeadNetwork));
    }
    let exists = sqlx::query("SELECT id FROM consortium_members WHERE organisation_id = $1")
        .bind(organisation_id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_some() {
        return Ok(Err(MemberRefused::AlreadyMember));
    }
    let id: MemberId = sqlx::query(
        "INSERT INTO consortium_members (organisation_id, role, joined_on, is_example, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(organisation_id)
    .bind(role.code())
    .bind(joined_on.to_string())
    .bind(i64::from(is_example))
    .bind(now())
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    log_on(&mut tx, id, actor, "joined", role.code()).await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// Changes a member's role and dates, logging each change.
pub async fn update_member(
    db: &Db,
    member: &Member,
    role: MemberRole,
    joined_on: &str,
    left_on: Option<&str>,
    actor: Option<i64>,
) -> AppResult<Result<(), MemberRefused>> {
    if role == MemberRole::Lead && member.lead_nation.is_none() {
        return Ok(Err(MemberRefused::NotALeadNetwork));
    }
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE consortium_members SET role = $1, joined_on = $2, left_on = $3 WHERE id = $4",
    )
    .bind(role.code())
    .bind(joined_on.to_string())
    .bind(left_on.map(str::to_string))
    .bind(member.id)
    .execute(&mut *tx)
    .await?;
    if role != member.role {
        log_on(&mut tx, member.id, actor, "role", role.code()).await?;
    }
    if joined_on != member.joined_on {
        log_on(&mut tx, member.id, actor, "joined-on", joined_on).await?;
    }
    if left_on != member.left_on.as_deref() {
        match left_on {
            Some(day) => log_on(&mut tx, member.id, actor, "left", day).await?,
            None => log_on(&mut tx, member.id, actor, "rejoined", "").await?,
        }
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// A member's log, newest first.
pub async fn member_log(db: &Db, member: MemberId) -> AppResult<Vec<LogEntry>> {
    sqlx::query(
        "SELECT l.action, l.detail, COALESCE(u.name, '') AS actor, l.created_at FROM consortium_member_log l \
         LEFT JOIN users u ON u.id = l.actor_id WHERE l.member_id = $1 ORDER BY l.id DESC",
    )
    .bind(member)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(LogEntry {
            action: r.try_get("action")?,
            detail: r.try_get("detail")?,
            actor: r.try_get("actor")?,
            created_at: r.try_get("created_at")?,
        })
    })
    .collect()
}

/// Something to choose from a list: an id and its name.
#[derive(Clone, Debug)]
pub struct Choice {
    pub id: i64,
    pub name: String,
}

/// Directory organisations that are not members yet, by name.
pub async fn organisations_to_add(db: &Db) -> AppResult<Vec<Choice>> {
    sqlx::query(
        "SELECT o.id, o.name FROM organisations o WHERE o.merged_into IS NULL \
         AND NOT EXISTS (SELECT 1 FROM consortium_members m WHERE m.organisation_id = o.id) ORDER BY o.name_sort LIMIT 2000",
    )
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Choice {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
        })
    })
    .collect()
}

/// Partner accounts that represent no member yet, by name.
pub async fn partners_to_add(db: &Db) -> AppResult<Vec<Choice>> {
    sqlx::query(
        "SELECT u.id, u.name FROM users u WHERE u.role = 'partner' AND u.suspended_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM consortium_representatives r WHERE r.user_id = u.id) ORDER BY u.name",
    )
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Choice {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
        })
    })
    .collect()
}
