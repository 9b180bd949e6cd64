//! Representatives: the partner accounts that speak for a member, and its one signatory.
//! A person represents at most one member and a member has at most one signatory (unique
//! indexes); every change is written to the member's log in the same transaction.

use sqlx::Row;

use super::members::log_on;
use super::MemberId;
use crate::error::AppResult;
use crate::storage::{now, Db};

/// A person who represents a member.
#[derive(Clone, Debug)]
pub struct Representative {
    pub member_id: MemberId,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub lang: String,
    pub is_signatory: bool,
}

const REP_COLUMNS: &str = "r.member_id, r.user_id, u.name, u.email, u.lang, r.is_signatory";

fn rep_from_row(r: &sqlx::any::AnyRow) -> AppResult<Representative> {
    Ok(Representative {
        member_id: r.try_get("member_id")?,
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        lang: r.try_get("lang")?,
        is_signatory: r.try_get::<i64, _>("is_signatory")? != 0,
    })
}

/// Every member's representatives, signatory first (members' eyes only: e-mail addresses).
pub async fn representatives(db: &Db) -> AppResult<Vec<Representative>> {
    let sql = format!(
        "SELECT {REP_COLUMNS} FROM consortium_representatives r JOIN users u ON u.id = r.user_id ORDER BY r.member_id, r.is_signatory DESC, u.name"
    );
    sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(rep_from_row)
        .collect()
}

/// Why a person could not be made a representative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepresentativeRefused {
    /// Only partner accounts represent members.
    NotAPartner,
    /// They already represent a member.
    Elsewhere,
}

/// Makes partner `user_id` a representative of `member` (its signatory when `signatory`).
pub async fn add_representative(
    db: &Db,
    member: MemberId,
    user_id: i64,
    signatory: bool,
    actor: Option<i64>,
) -> AppResult<Result<(), RepresentativeRefused>> {
    let mut tx = db.begin_write().await?;
    let user = sqlx::query("SELECT name, role FROM users WHERE id = $1 AND suspended_at IS NULL")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(user) = user else {
        return Ok(Err(RepresentativeRefused::NotAPartner));
    };
    if user.try_get::<String, _>("role")? != "partner" {
        return Ok(Err(RepresentativeRefused::NotAPartner));
    }
    let name: String = user.try_get("name")?;
    let taken = sqlx::query("SELECT member_id FROM consortium_representatives WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Ok(Err(RepresentativeRefused::Elsewhere));
    }
    sqlx::query(
        "INSERT INTO consortium_representatives (member_id, user_id, is_signatory, added_at) VALUES ($1, $2, 0, $3)",
    )
    .bind(member)
    .bind(user_id)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    log_on(&mut tx, member, actor, "representative-added", &name).await?;
    if signatory {
        make_signatory_on(&mut tx, member, user_id, &name, actor).await?;
    }
    tx.commit().await?;
    Ok(Ok(()))
}

async fn make_signatory_on(
    conn: &mut sqlx::AnyConnection,
    member: MemberId,
    user_id: i64,
    name: &str,
    actor: Option<i64>,
) -> AppResult<()> {
    sqlx::query("UPDATE consortium_representatives SET is_signatory = 0 WHERE member_id = $1 AND is_signatory = 1")
        .bind(member)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE consortium_representatives SET is_signatory = 1 WHERE member_id = $1 AND user_id = $2")
        .bind(member)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    log_on(conn, member, actor, "signatory", name).await
}

/// The name of `user_id` if they represent `member`, read inside the caller's transaction.
async fn representative_name_on(
    conn: &mut sqlx::AnyConnection,
    member: MemberId,
    user_id: i64,
) -> AppResult<Option<String>> {
    let row = sqlx::query(
        "SELECT u.name FROM consortium_representatives r JOIN users u ON u.id = r.user_id WHERE r.member_id = $1 AND r.user_id = $2",
    )
    .bind(member)
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| r.try_get("name")).transpose()?)
}

/// Makes representative `user_id` the signatory of `member`; false if they do not
/// represent it.
pub async fn set_signatory(
    db: &Db,
    member: MemberId,
    user_id: i64,
    actor: Option<i64>,
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let Some(name) = representative_name_on(&mut tx, member, user_id).await? else {
        return Ok(false);
    };
    make_signatory_on(&mut tx, member, user_id, &name, actor).await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes representative `user_id` from `member`; false if they were not one.
pub async fn remove_representative(
    db: &Db,
    member: MemberId,
    user_id: i64,
    actor: Option<i64>,
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let Some(name) = representative_name_on(&mut tx, member, user_id).await? else {
        return Ok(false);
    };
    sqlx::query("DELETE FROM consortium_representatives WHERE member_id = $1 AND user_id = $2")
        .bind(member)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    log_on(&mut tx, member, actor, "representative-removed", &name).await?;
    tx.commit().await?;
    Ok(true)
}
