//! Time polls in the database: the poll, its proposed slots, the invitees (each with a
//! personal link whose token is kept only as a hash) and their answers, and the ranking
//! that picks the best slot.

use sqlx::Row;

use crate::auth::secret::{hash_token, random_token};
use crate::error::AppResult;
use crate::meetings::model::requests::RequestId;
use crate::meetings::model::MeetingId;
use crate::orgs::model::OrganisationId;
use crate::storage::{now, Db};

pub const ANSWERS: [&str; 3] = ["yes", "if_need_be", "no"];

/// What a coordinator enters (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PollFields {
    pub title: String,
    pub purpose: String,
    pub duration_minutes: i64,
    pub venue: String,
    pub online_url: String,
    /// UTC starts, sorted, without repeats.
    pub slots: Vec<i64>,
    /// (name, e-mail)
    pub invitees: Vec<(String, String)>,
}

crate::typed_id!(PollId, "a time poll");

crate::code_enum!(PollStatus, "a time poll's status", {
    Open => "open",
    Confirmed => "confirmed",
});

#[derive(Clone, Debug)]
pub struct Poll {
    pub id: PollId,
    pub title: String,
    pub purpose: String,
    pub duration_minutes: i64,
    pub venue: String,
    pub online_url: String,
    pub status: PollStatus,
    pub request_id: Option<RequestId>,
    pub organisation_id: Option<OrganisationId>,
    pub meeting_id: Option<MeetingId>,
    pub created_at: i64,
}

#[derive(Clone, Debug)]
pub struct Slot {
    pub id: i64,
    pub starts_at: i64,
}

#[derive(Clone, Debug)]
pub struct Invitee {
    pub id: i64,
    pub poll_id: PollId,
    pub name: String,
    pub email: String,
    pub lang: String,
    pub responded_at: Option<i64>,
}

/// One slot's totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub slot_id: i64,
    pub yes: i64,
    pub if_need_be: i64,
    pub no: i64,
}

impl Tally {
    pub fn available(&self) -> i64 {
        self.yes + self.if_need_be
    }
}

/// The best slot: the most people available (yes or if need be), then the most plain
/// yeses, then the earliest. None until someone has answered.
pub fn best(tallies: &[Tally]) -> Option<i64> {
    tallies
        .iter()
        .enumerate()
        .filter(|(_, t)| t.yes + t.if_need_be + t.no > 0)
        .max_by_key(|(i, t)| (t.available(), t.yes, -(*i as i64)))
        .map(|(_, t)| t.slot_id)
}

/// Creates a poll; returns its id and each invitee's (name, e-mail, token).
pub async fn create(
    db: &Db,
    f: &PollFields,
    request_id: Option<RequestId>,
    organisation_id: Option<OrganisationId>,
    author: i64,
    lang: &str,
) -> AppResult<(PollId, Vec<(String, String, String)>)> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "INSERT INTO time_polls (title, purpose, duration_minutes, venue, online_url, request_id, \
         organisation_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(f.title.clone())
    .bind(f.purpose.clone())
    .bind(f.duration_minutes)
    .bind(f.venue.clone())
    .bind(f.online_url.clone())
    .bind(request_id)
    .bind(organisation_id)
    .bind(author)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    let id: i64 = row.try_get("id")?;
    for at in &f.slots {
        sqlx::query("INSERT INTO poll_slots (poll_id, starts_at) VALUES ($1, $2)")
            .bind(id)
            .bind(*at)
            .execute(&mut *tx)
            .await?;
    }
    let mut links = Vec::new();
    for (name, email) in &f.invitees {
        let token = random_token();
        sqlx::query(
            "INSERT INTO poll_invitees (poll_id, name, email, token_hash, lang) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(name.clone())
        .bind(email.clone())
        .bind(hash_token(&token))
        .bind(lang.to_string())
        .execute(&mut *tx)
        .await?;
        links.push((name.clone(), email.clone(), token));
    }
    tx.commit().await?;
    Ok((PollId(id), links))
}

const POLL_COLUMNS: &str = "id, title, purpose, duration_minutes, venue, online_url, status, \
     request_id, organisation_id, meeting_id, created_at";

fn poll_from(r: &sqlx::any::AnyRow) -> AppResult<Poll> {
    Ok(Poll {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        purpose: r.try_get("purpose")?,
        duration_minutes: r.try_get("duration_minutes")?,
        venue: r.try_get("venue")?,
        online_url: r.try_get("online_url")?,
        status: r.try_get("status")?,
        request_id: r.try_get("request_id")?,
        organisation_id: r.try_get("organisation_id")?,
        meeting_id: r.try_get::<Option<i64>, _>("meeting_id")?.map(MeetingId),
        created_at: r.try_get("created_at")?,
    })
}

pub async fn find(db: &Db, id: PollId) -> AppResult<Option<Poll>> {
    let row = sqlx::query(&format!(
        "SELECT {POLL_COLUMNS} FROM time_polls WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(poll_from).transpose()
}

pub async fn all(db: &Db) -> AppResult<Vec<Poll>> {
    let rows = sqlx::query(&format!(
        "SELECT {POLL_COLUMNS} FROM time_polls ORDER BY CASE status WHEN 'open' THEN 0 ELSE 1 END, id DESC LIMIT 200"
    ))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(poll_from).collect()
}

pub async fn slots(db: &Db, poll_id: PollId) -> AppResult<Vec<Slot>> {
    let rows = sqlx::query(
        "SELECT id, starts_at FROM poll_slots WHERE poll_id = $1 ORDER BY starts_at, id",
    )
    .bind(poll_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Slot {
                id: r.try_get("id")?,
                starts_at: r.try_get("starts_at")?,
            })
        })
        .collect()
}

fn invitee_from(r: &sqlx::any::AnyRow) -> AppResult<Invitee> {
    Ok(Invitee {
        id: r.try_get("id")?,
        poll_id: r.try_get("poll_id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        lang: r.try_get("lang")?,
        responded_at: r.try_get("responded_at")?,
    })
}

pub async fn invitees(db: &Db, poll_id: PollId) -> AppResult<Vec<Invitee>> {
    invitees_on(&mut *db.pool.acquire().await?, poll_id).await
}

pub async fn invitees_on(
    conn: &mut sqlx::AnyConnection,
    poll_id: PollId,
) -> AppResult<Vec<Invitee>> {
    let rows = sqlx::query(
        "SELECT id, poll_id, name, email, lang, responded_at FROM poll_invitees WHERE poll_id = $1 ORDER BY id",
    )
    .bind(poll_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(invitee_from).collect()
}

/// Invites more people to a poll; returns (name, e-mail, token) for those not already
/// invited.
pub async fn add_invitees(
    db: &Db,
    poll_id: PollId,
    people: &[(String, String)],
    lang: &str,
) -> AppResult<Vec<(String, String, String)>> {
    let mut links = Vec::new();
    for (name, email) in people {
        let token = random_token();
        let added = sqlx::query(
            "INSERT INTO poll_invitees (poll_id, name, email, token_hash, lang) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (poll_id, email) DO NOTHING",
        )
        .bind(poll_id)
        .bind(name.clone())
        .bind(email.clone())
        .bind(hash_token(&token))
        .bind(lang.to_string())
        .execute(&db.pool)
        .await?;
        if added.rows_affected() == 1 {
            links.push((name.clone(), email.clone(), token));
        }
    }
    Ok(links)
}

/// Gives every invitee who has not answered a fresh link (the old one stops working);
/// returns (name, e-mail, token) for each.
pub async fn renew_silent_links(
    db: &Db,
    poll_id: PollId,
) -> AppResult<Vec<(String, String, String)>> {
    let mut links = Vec::new();
    for invitee in invitees(db, poll_id).await? {
        if invitee.responded_at.is_some() {
            continue;
        }
        let token = random_token();
        sqlx::query("UPDATE poll_invitees SET token_hash = $1 WHERE id = $2")
            .bind(hash_token(&token))
            .bind(invitee.id)
            .execute(&db.pool)
            .await?;
        links.push((invitee.name, invitee.email, token));
    }
    Ok(links)
}

/// The invitee a personal link belongs to.
pub async fn invitee_by_token(db: &Db, token: &str) -> AppResult<Option<Invitee>> {
    let row = sqlx::query(
        "SELECT id, poll_id, name, email, lang, responded_at FROM poll_invitees WHERE token_hash = $1",
    )
    .bind(hash_token(token))
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(invitee_from).transpose()
}

/// Every answer in a poll: (invitee id, slot id, answer).
pub async fn answers(db: &Db, poll_id: PollId) -> AppResult<Vec<(i64, i64, String)>> {
    let rows = sqlx::query(
        "SELECT a.invitee_id, a.slot_id, a.answer FROM poll_answers a \
         JOIN poll_invitees i ON i.id = a.invitee_id WHERE i.poll_id = $1",
    )
    .bind(poll_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("invitee_id")?,
                r.try_get("slot_id")?,
                r.try_get("answer")?,
            ))
        })
        .collect()
}

/// Replaces an invitee's answers (slot id, answer); unknown slots are ignored.
pub async fn answer(db: &Db, invitee: &Invitee, given: &[(i64, &str)]) -> AppResult<()> {
    let slot_ids: Vec<i64> = slots(db, invitee.poll_id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM poll_answers WHERE invitee_id = $1")
        .bind(invitee.id)
        .execute(&mut *tx)
        .await?;
    for (slot, answer) in given {
        if slot_ids.contains(slot) && ANSWERS.contains(answer) {
            sqlx::query(
                "INSERT INTO poll_answers (invitee_id, slot_id, answer) VALUES ($1, $2, $3)",
            )
            .bind(invitee.id)
            .bind(*slot)
            .bind(answer.to_string())
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query("UPDATE poll_invitees SET responded_at = $1 WHERE id = $2")
        .bind(now())
        .bind(invitee.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Per-slot totals, in slot order.
pub fn tallies(slots: &[Slot], answers: &[(i64, i64, String)]) -> Vec<Tally> {
    slots
        .iter()
        .map(|s| {
            let mut t = Tally {
                slot_id: s.id,
                ..Tally::default()
            };
            for (_, slot, answer) in answers.iter().filter(|(_, slot, _)| *slot == s.id) {
                let _ = slot;
                match answer.as_str() {
                    "yes" => t.yes += 1,
                    "if_need_be" => t.if_need_be += 1,
                    _ => t.no += 1,
                }
            }
            t
        })
        .collect()
}

/// Claims the poll for confirming; false if it was already confirmed (so two coordinators
/// confirming at once make one meeting, not two).
pub async fn claim_for_confirming(db: &Db, poll_id: PollId) -> AppResult<bool> {
    claim_for_confirming_on(&mut *db.pool.acquire().await?, poll_id).await
}

pub async fn claim_for_confirming_on(
    conn: &mut sqlx::AnyConnection,
    poll_id: PollId,
) -> AppResult<bool> {
    let result =
        sqlx::query("UPDATE time_polls SET status = 'confirmed' WHERE id = $1 AND status = 'open'")
            .bind(poll_id)
            .execute(&mut *conn)
            .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn set_meeting(db: &Db, poll_id: PollId, meeting_id: MeetingId) -> AppResult<()> {
    set_meeting_on(&mut *db.pool.acquire().await?, poll_id, meeting_id).await
}

pub async fn set_meeting_on(
    conn: &mut sqlx::AnyConnection,
    poll_id: PollId,
    meeting_id: MeetingId,
) -> AppResult<()> {
    sqlx::query("UPDATE time_polls SET meeting_id = $1 WHERE id = $2")
        .bind(meeting_id.0)
        .bind(poll_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A time poll named in a path (coordinators' pages only).
impl crate::http::PathRecord for Poll {
    async fn load(
        state: &crate::state::AppState,
        ctx: &crate::http::RequestContext,
        key: &str,
    ) -> AppResult<Option<Poll>> {
        let Ok(id) = key.parse::<PollId>() else {
            return Ok(None);
        };
        Ok(find(&state.db, id).await?.filter(|_| ctx.is_coordinator()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(slot_id: i64, yes: i64, if_need_be: i64, no: i64) -> Tally {
        Tally {
            slot_id,
            yes,
            if_need_be,
            no,
        }
    }

    #[test]
    fn the_best_slot_has_most_people_available_then_most_yes_then_is_earliest() {
        assert_eq!(
            best(&[t(1, 1, 0, 2), t(2, 1, 2, 0), t(3, 3, 0, 0)]),
            Some(3)
        );
        assert_eq!(
            best(&[t(1, 1, 0, 2), t(2, 1, 2, 0), t(3, 2, 0, 1)]),
            Some(2)
        );
        assert_eq!(best(&[t(1, 2, 1, 0), t(2, 3, 0, 0)]), Some(2));
        assert_eq!(best(&[t(1, 2, 0, 0), t(2, 2, 0, 0)]), Some(1));
        assert_eq!(best(&[t(1, 0, 0, 0)]), None);
    }
}
