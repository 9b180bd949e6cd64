//! A member's stance in a round. Recording one is one transaction (on SQLite a savepoint
//! in a group commit with other stances arriving at once) that first locks the
//! round (`FOR UPDATE` on PostgreSQL; SQLite's write transactions are already one at a
//! time) and checks, under that lock, that the round is open and the member decides:
//! closing takes the same lock, so a stance arriving as the round closes is either in
//! before the close (and counted) or refused after it, never half-recorded. The current
//! stance is one row per member per round (two representatives answering at once leave
//! one stance, the later); every stance given is kept in the history.

use sqlx::Row;

use super::{today, DecisionId, MemberId, MemberRole, Stance};
use crate::error::AppResult;
use crate::storage::json_rows::{parse_rows, JsonRow};
use crate::storage::Db;

/// Why a stance was not recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StanceRefused {
    /// The round has not opened yet.
    NotOpenYet,
    /// The round has closed (or its closing time has passed).
    Closed,
    /// Not the decision's latest round.
    NoSuchRound,
    /// The member has left the consortium (or had not joined by then).
    NotAMember,
    /// Observers do not take part in decisions.
    DoesNotDecide,
}

/// The round's column counting `stance`.
pub(super) fn count_column(stance: Stance) -> &'static str {
    match stance {
        Stance::Consent => "consent_n",
        Stance::Reservations => "reservations_n",
        Stance::StandAside => "stand_aside_n",
        Stance::Object => "object_n",
        Stance::Block => "block_n",
    }
}

/// Who is recording a stance, and how.
#[derive(Clone, Debug)]
pub struct Casting<'a> {
    pub by_user: i64,
    /// Empty when the member's own signatory gives it; otherwise how the member's agreement
    /// was given (a coordinator recording it on their behalf).
    pub on_behalf_how: &'a str,
}

/// Records `member`'s `stance` (with `reason`) in round `round` of decision `id` at `at`.
/// On SQLite it is committed together with other stances arriving at the same moment
/// (`Db::write_batched`: one `fsync` for the group, each answered only once committed).
#[allow(clippy::too_many_arguments)]
pub async fn record_stance(
    db: &Db,
    id: DecisionId,
    round: i64,
    member: MemberId,
    stance: Stance,
    reason: &str,
    casting: &Casting<'_>,
    at: i64,
) -> AppResult<Result<(), StanceRefused>> {
    let lock = db.for_update();
    let reason = reason.to_string();
    let (by_user, how) = (casting.by_user, casting.on_behalf_how.to_string());
    db.write_batched(move |conn| {
        Box::pin(async move {
            let casting = Casting {
                by_user,
                on_behalf_how: &how,
            };
            record_on(
                conn,
                lock,
                (id, round, member),
                stance,
                &reason,
                &casting,
                at,
            )
            .await
        })
    })
    .await
}

/// [`record_stance`] on the write transaction `tx` (`lock` is the backend's row lock).
async fn record_on(
    tx: &mut sqlx::AnyConnection,
    lock: &str,
    (id, round, member): (DecisionId, i64, MemberId),
    stance: Stance,
    reason: &str,
    casting: &Casting<'_>,
    at: i64,
) -> AppResult<Result<(), StanceRefused>> {
    // The round, locked. What the member has said so far is read by the next statement,
    // after the lock is held: on PostgreSQL a statement that waited for the lock still sees
    // the data as it was when it began, so reading it in the same statement would count a
    // stance changed meanwhile twice.
    let sql = format!(
        "SELECT r.opens_at, r.closes_at, r.closed_at, \
         (SELECT MAX(x.round) FROM consortium_rounds x WHERE x.decision_id = r.decision_id) AS latest \
         FROM consortium_rounds r WHERE r.decision_id = $1 AND r.round = $2 {lock}"
    );
    let Some(r) = sqlx::query(&sql)
        .bind(id)
        .bind(round)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(Err(StanceRefused::NoSuchRound));
    };
    if r.try_get::<i64, _>("latest")? != round {
        return Ok(Err(StanceRefused::NoSuchRound));
    }
    if r.try_get::<Option<i64>, _>("closed_at")?.is_some() || at >= r.try_get("closes_at")? {
        return Ok(Err(StanceRefused::Closed));
    }
    if at < r.try_get::<i64, _>("opens_at")? {
        return Ok(Err(StanceRefused::NotOpenYet));
    }
    let m = sqlx::query(
        "SELECT m.role, m.joined_on, m.left_on, \
         (SELECT s.stance FROM consortium_stances s WHERE s.decision_id = $1 AND s.round = $2 AND s.member_id = m.id) AS previous \
         FROM consortium_members m WHERE m.id = $3",
    )
    .bind(id)
    .bind(round)
    .bind(member)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(r) = m else {
        return Ok(Err(StanceRefused::NotAMember));
    };
    let role: String = r.try_get("role")?;
    let day = today(at);
    let left: Option<String> = r.try_get("left_on")?;
    if left.is_some_and(|l| l <= day) || r.try_get::<String, _>("joined_on")? > day {
        return Ok(Err(StanceRefused::NotAMember));
    }
    if !MemberRole::from_code(&role).is_some_and(MemberRole::decides) {
        return Ok(Err(StanceRefused::DoesNotDecide));
    }
    // The round's counts move from the member's previous stance (if any) to this one.
    let previous: Option<String> = r.try_get("previous")?;
    // (Giving the same stance again moves nothing: a column named twice in one SET would
    // keep only its last assignment on SQLite and be refused on PostgreSQL.)
    let previous = previous.as_deref().and_then(Stance::from_code);
    if previous != Some(stance) {
        let mut counts = format!("{0} = {0} + 1", count_column(stance));
        if let Some(old) = previous {
            counts.push_str(&format!(", {0} = {0} - 1", count_column(old)));
        }
        sqlx::query(&format!(
            "UPDATE consortium_rounds SET {counts} WHERE decision_id = $1 AND round = $2"
        ))
        .bind(id)
        .bind(round)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO consortium_stances (decision_id, round, member_id, stance, reason, cast_by, on_behalf_how, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (decision_id, round, member_id) DO UPDATE SET stance = excluded.stance, reason = excluded.reason, \
         cast_by = excluded.cast_by, on_behalf_how = excluded.on_behalf_how, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(round)
    .bind(member)
    .bind(stance.code())
    .bind(reason.to_string())
    .bind(casting.by_user)
    .bind(casting.on_behalf_how.to_string())
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO consortium_stance_history (decision_id, round, member_id, stance, reason, cast_by, on_behalf_how, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(round)
    .bind(member)
    .bind(stance.code())
    .bind(reason.to_string())
    .bind(casting.by_user)
    .bind(casting.on_behalf_how.to_string())
    .bind(at)
    .execute(&mut *tx)
    .await?;
    Ok(Ok(()))
}

/// A stance as members see it: whose, what, why, and who recorded it.
#[derive(Clone, Debug)]
pub struct StanceView {
    pub member_id: MemberId,
    pub member_name: String,
    pub stance: Stance,
    pub reason: String,
    pub cast_by: String,
    pub on_behalf_how: String,
    pub at: i64,
}

fn view_from(r: &JsonRow) -> StanceView {
    StanceView {
        member_id: MemberId(r.i64(0)),
        member_name: r.string(1),
        stance: Stance::from_code(&r.string(2)).unwrap_or(Stance::Consent),
        reason: r.string(3),
        cast_by: r.string(4),
        on_behalf_how: r.string(5),
        at: r.i64(6),
    }
}

const VIEW_COLUMNS: &[&str] = &[
    "member_id",
    "name",
    "stance",
    "reason",
    "cast_by_name",
    "on_behalf_how",
    "at",
];

/// The stances given in `table` (current or history) for a round, with the time from
/// `at_column`, in `order`: the inner query of a [`Db::json_rows`].
fn stance_rows(table: &str, at_column: &str, order: &str) -> String {
    format!(
        "SELECT s.member_id, o.name, s.stance, s.reason, COALESCE(u.name, '') AS cast_by_name, s.on_behalf_how, s.{at_column} AS at \
         FROM {table} s JOIN consortium_members m ON m.id = s.member_id JOIN organisations o ON o.id = m.organisation_id \
         LEFT JOIN users u ON u.id = s.cast_by WHERE s.decision_id = $1 AND s.round = $2 ORDER BY {order}"
    )
}

/// A round's stances: the current ones by organisation name, and every stance given
/// (changed ones included) oldest first. One row from the database.
pub async fn round_stances(
    db: &Db,
    id: DecisionId,
    round: i64,
) -> AppResult<(Vec<StanceView>, Vec<StanceView>)> {
    let current = db.json_rows(
        &stance_rows("consortium_stances", "updated_at", "o.name_sort"),
        VIEW_COLUMNS,
    );
    let history = db.json_rows(
        &stance_rows("consortium_stance_history", "created_at", "s.id"),
        VIEW_COLUMNS,
    );
    let row = sqlx::query(&format!(
        "SELECT ({current}) AS current_rows, ({history}) AS history_rows"
    ))
    .bind(id)
    .bind(round)
    .fetch_one(&db.pool)
    .await?;
    let views = |column: &str| -> AppResult<Vec<StanceView>> {
        Ok(parse_rows(&row.try_get::<String, _>(column)?)?
            .iter()
            .map(view_from)
            .collect())
    };
    Ok((views("current_rows")?, views("history_rows")?))
}
