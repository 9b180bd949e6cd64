//! Closing rounds and the decisions' mail. There is no timer: a round whose closing time
//! has passed is closed the next time anything reads the register or the decision (and by
//! the periodic job, so the mail goes even if nobody looks). Closing locks the round, as
//! recording a stance does, computes the result from the rules the round was taken under
//! and the stances of the members who could decide at the close, and queues the result
//! to every member's representatives in the same transaction: the `closed_at IS NULL`
//! check under the lock makes that happen once. The periodic job also tells signatories
//! when a round opens and reminds those who have not answered a day before the close,
//! each once (`opened_mail_at`, `reminded_at`).

use std::collections::HashMap;

use sqlx::Row;

use super::{rules_on, today, DecisionId, MemberId, MemberRole, Outcome, Stance};
use crate::config::Config;
use crate::consortium::outcome::outcome;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages::send_keyed_on;
use crate::storage::{now, Db};

/// How long before the close the reminder goes.
const REMIND_BEFORE_SECONDS: i64 = 24 * 3600;

/// Closes every round whose closing time has passed; returns how many it closed.
pub async fn close_due(db: &Db, config: &Config, at: i64) -> AppResult<usize> {
    let due = sqlx::query(
        "SELECT decision_id, round FROM consortium_rounds WHERE closed_at IS NULL AND closes_at <= $1 ORDER BY closes_at LIMIT 500",
    )
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    let mut closed = 0;
    for row in due {
        if close_round(
            db,
            config,
            row.try_get("decision_id")?,
            row.try_get("round")?,
        )
        .await?
        {
            closed += 1;
        }
    }
    Ok(closed)
}

/// The deciding members on `day`, with their roles.
async fn deciding_members_on(
    conn: &mut sqlx::AnyConnection,
    day: &str,
) -> AppResult<HashMap<MemberId, MemberRole>> {
    sqlx::query(
        "SELECT id, role FROM consortium_members WHERE role <> 'observer' AND joined_on <= $1 AND (left_on IS NULL OR left_on > $1)",
    )
    .bind(day.to_string())
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        let role = MemberRole::from_code(&r.try_get::<String, _>("role")?).unwrap_or(MemberRole::Member);
        Ok((r.try_get("id")?, role))
    })
    .collect()
}

/// Closes one round if it is still open; false if another reader closed it first.
async fn close_round(db: &Db, config: &Config, id: DecisionId, round: i64) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let sql = format!(
        "SELECT rules_id, closes_at FROM consortium_rounds WHERE decision_id = $1 AND round = $2 AND closed_at IS NULL {}",
        db.for_update()
    );
    let Some(r) = sqlx::query(&sql)
        .bind(id)
        .bind(round)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let closes_at: i64 = r.try_get("closes_at")?;
    let rules = rules_on(&mut tx, r.try_get("rules_id")?).await?;
    let deciding = deciding_members_on(&mut tx, &today(closes_at)).await?;
    let given: Vec<(MemberRole, Stance)> = sqlx::query(
        "SELECT member_id, stance FROM consortium_stances WHERE decision_id = $1 AND round = $2",
    )
    .bind(id)
    .bind(round)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .filter_map(|s| {
        let member: MemberId = s.try_get("member_id").ok()?;
        let stance = Stance::from_code(&s.try_get::<String, _>("stance").ok()?)?;
        deciding.get(&member).map(|role| (*role, stance))
    })
    .collect();
    let eligible = i64::try_from(deciding.len()).unwrap_or(i64::MAX);
    let result = outcome(&rules.terms, eligible, &given);
    sqlx::query(
        "UPDATE consortium_rounds SET result = $1, eligible = $2, closed_at = $3 WHERE decision_id = $4 AND round = $5",
    )
    .bind(result.code())
    .bind(eligible)
    .bind(now())
    .bind(id)
    .bind(round)
    .execute(&mut *tx)
    .await?;
    mail_result_on(&mut tx, config, id, result).await?;
    tx.commit().await?;
    Ok(true)
}

/// A decision's title and link, for its mail.
async fn about_on(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    id: DecisionId,
) -> AppResult<(String, String)> {
    let title: String = sqlx::query("SELECT title FROM consortium_decisions WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?
        .try_get("title")?;
    Ok((title, config.link(&format!("/consortium/decisions/{id}"))))
}

/// The people who answer for each deciding member today: its signatory, or all its
/// representatives while it has none. With `unanswered`, only members with no stance in
/// the round.
async fn deciders_on(
    conn: &mut sqlx::AnyConnection,
    id: DecisionId,
    round: i64,
    unanswered: bool,
) -> AppResult<Vec<(String, Lang)>> {
    let filter = if unanswered {
        "AND NOT EXISTS (SELECT 1 FROM consortium_stances s WHERE s.decision_id = $2 AND s.round = $3 AND s.member_id = m.id)"
    } else {
        ""
    };
    let sql = format!(
        "SELECT u.email, u.lang FROM consortium_representatives r JOIN consortium_members m ON m.id = r.member_id JOIN users u ON u.id = r.user_id \
         WHERE m.role <> 'observer' AND (m.left_on IS NULL OR m.left_on > $1) AND u.suspended_at IS NULL \
         AND (r.is_signatory = 1 OR NOT EXISTS (SELECT 1 FROM consortium_representatives g WHERE g.member_id = m.id AND g.is_signatory = 1)) \
         {filter} ORDER BY u.email"
    );
    let mut query = sqlx::query(&sql).bind(today(now()));
    if unanswered {
        query = query.bind(id).bind(round);
    }
    recipients(query.fetch_all(conn).await?)
}

fn recipients(rows: Vec<sqlx::any::AnyRow>) -> AppResult<Vec<(String, Lang)>> {
    rows.iter()
        .map(|r| {
            let lang = Lang::from_code(&r.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
            Ok((r.try_get("email")?, lang))
        })
        .collect()
}

async fn mail_all_on(
    conn: &mut sqlx::AnyConnection,
    to: &[(String, Lang)],
    key: &str,
    args: impl Fn(Lang) -> Vec<(&'static str, Arg)>,
) -> AppResult<()> {
    for (email, lang) in to {
        send_keyed_on(conn, *lang, key, email, &args(*lang), None).await?;
    }
    Ok(())
}

/// Tells the deciders that round `round` of `id` is open (and marks it told).
pub(super) async fn mail_opened_on(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    id: DecisionId,
    round: i64,
) -> AppResult<()> {
    let (title, link) = about_on(conn, config, id).await?;
    let closes: i64 = sqlx::query(
        "UPDATE consortium_rounds SET opened_mail_at = $1 WHERE decision_id = $2 AND round = $3 RETURNING closes_at",
    )
    .bind(now())
    .bind(id)
    .bind(round)
    .fetch_one(&mut *conn)
    .await?
    .try_get("closes_at")?;
    let to = deciders_on(conn, id, round, false).await?;
    mail_all_on(conn, &to, "consortium-opened", |lang| {
        vec![
            ("title", Arg::from(title.clone())),
            ("link", Arg::from(link.clone())),
            ("closes", Arg::from(crate::views::format_time(lang, closes))),
        ]
    })
    .await
}

async fn mail_result_on(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    id: DecisionId,
    result: Outcome,
) -> AppResult<()> {
    let (title, link) = about_on(conn, config, id).await?;
    let rows = sqlx::query(
        "SELECT u.email, u.lang FROM consortium_representatives r JOIN consortium_members m ON m.id = r.member_id JOIN users u ON u.id = r.user_id \
         WHERE (m.left_on IS NULL OR m.left_on > $1) AND u.suspended_at IS NULL ORDER BY u.email",
    )
    .bind(today(now()))
    .fetch_all(&mut *conn)
    .await?;
    let to = recipients(rows)?;
    let key = format!("consortium-result-{}", result.code());
    mail_all_on(conn, &to, "consortium-result", |lang| {
        vec![
            ("title", Arg::from(title.clone())),
            ("link", Arg::from(link.clone())),
            ("result", Arg::from(lang.t(&key))),
        ]
    })
    .await
}

/// The periodic job: closes due rounds, tells signatories of rounds that have opened, and
/// reminds those who have not answered a day before the close.
pub async fn run_decision_mail(db: &Db, config: &Config) -> AppResult<()> {
    let at = now();
    close_due(db, config, at).await?;
    let opened = sqlx::query(
        "SELECT decision_id, round FROM consortium_rounds WHERE opened_mail_at IS NULL AND closed_at IS NULL AND opens_at <= $1 LIMIT 500",
    )
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    for r in opened {
        let mut tx = db.begin_write().await?;
        let (id, round): (DecisionId, i64) = (r.try_get("decision_id")?, r.try_get("round")?);
        // Claimed under the write transaction: another instance that got here first has
        // already set opened_mail_at.
        let still = sqlx::query("SELECT 1 AS x FROM consortium_rounds WHERE decision_id = $1 AND round = $2 AND opened_mail_at IS NULL")
            .bind(id)
            .bind(round)
            .fetch_optional(&mut *tx)
            .await?;
        if still.is_some() {
            mail_opened_on(&mut tx, config, id, round).await?;
        }
        tx.commit().await?;
    }
    let due = sqlx::query(
        "SELECT decision_id, round, closes_at FROM consortium_rounds WHERE reminded_at IS NULL AND closed_at IS NULL \
         AND opens_at <= $1 AND closes_at > $1 AND closes_at <= $2 LIMIT 500",
    )
    .bind(at)
    .bind(at + REMIND_BEFORE_SECONDS)
    .fetch_all(&db.pool)
    .await?;
    for r in due {
        let (id, round): (DecisionId, i64) = (r.try_get("decision_id")?, r.try_get("round")?);
        let closes: i64 = r.try_get("closes_at")?;
        let mut tx = db.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE consortium_rounds SET reminded_at = $1 WHERE decision_id = $2 AND round = $3 AND reminded_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .bind(round)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            let (title, link) = about_on(&mut tx, config, id).await?;
            let to = deciders_on(&mut tx, id, round, true).await?;
            mail_all_on(&mut tx, &to, "consortium-reminder", |lang| {
                vec![
                    ("title", Arg::from(title.clone())),
                    ("link", Arg::from(link.clone())),
                    ("closes", Arg::from(crate::views::format_time(lang, closes))),
                ]
            })
            .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Closes the open round of decision `id` now, before its closing time (the proposer's
/// choice, as when every member has answered); false if no round is open. The new closing
/// time is recorded on the round, then the round closes as any due round does.
pub async fn close_now(db: &Db, config: &Config, id: DecisionId) -> AppResult<bool> {
    let at = now();
    let mut tx = db.begin_write().await?;
    let sql = format!(
        "SELECT round, opens_at FROM consortium_rounds WHERE decision_id = $1 AND closed_at IS NULL AND opens_at <= $2 AND closes_at > $2 {}",
        db.for_update()
    );
    let Some(r) = sqlx::query(&sql)
        .bind(id)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let round: i64 = r.try_get("round")?;
    let closes = at.max(r.try_get::<i64, _>("opens_at")? + 1);
    sqlx::query(
        "UPDATE consortium_rounds SET closes_at = $1 WHERE decision_id = $2 AND round = $3",
    )
    .bind(closes)
    .bind(id)
    .bind(round)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    close_round(db, config, id, round).await
}
