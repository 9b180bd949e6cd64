//! Responses to a consultation's questions. A response belongs to a signed-in participant
//! or to a visitor known by a name and an e-mail address; it is saved (and can be finished
//! later through its personal link, a random token kept only as a hash) and then sent. A
//! visitor's response counts only once the address is confirmed by opening that link.
//! Coordinators enter responses received by post, e-mail, phone or at an event, marked as
//! such. Every save writes the response, its answers, the self-description (kept apart,
//! shown only as counts) and its e-mail in one transaction.

use std::collections::HashMap;

use sqlx::Row;

use super::{Consultation, ConsultationId, Phase, QuestionId};
use crate::auth::secret::{hash_token, random_token};
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::{now, Db};

crate::typed_id!(ResponseId, "a consultation response");

crate::code_enum!(ReceivedVia, "how a response arrived", {
    Online => "online",
    Post => "post",
    Email => "email",
    Phone => "phone",
    Event => "event",
});

/// Who is responding, as they told us (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Respondent {
    pub name: String,
    pub email: String,
    /// Answering on behalf of this organisation from the directory.
    pub organisation_id: Option<i64>,
    /// Whether the name is published; otherwise "anonymous" in public.
    pub publish_name: bool,
}

/// What a respondent says: answers by question, and how they describe themselves
/// (`("nation", code)`, `("group", code)`), every part optional.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub answers: Vec<(QuestionId, String)>,
    pub profile: Vec<(&'static str, String)>,
}

#[derive(Clone, Debug)]
pub struct Response {
    pub id: ResponseId,
    pub consultation_id: ConsultationId,
    pub user_id: Option<i64>,
    pub respondent: Respondent,
    pub organisation_name: String,
    pub received_via: ReceivedVia,
    pub submitted: bool,
    pub email_confirmed: bool,
    pub updated_at: i64,
    pub answers: HashMap<QuestionId, String>,
    pub profile: Vec<(String, String)>,
}

impl Response {
    /// Whether it is counted: sent, and its address confirmed.
    pub fn counts(&self) -> bool {
        self.submitted && self.email_confirmed
    }
}

/// What saving a response online did.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// A new response; its personal link (the token) has been e-mailed.
    Created(String),
    /// An existing response was changed.
    Updated,
    /// This address already has a response here: a fresh link to it has been e-mailed and
    /// nothing else changed (the same answer as [`Saved::Created`] to whoever asks).
    LinkSent,
    /// The consultation is not open.
    NotOpen,
}

const COLUMNS: &str = "r.id, r.consultation_id, r.user_id, r.name, r.email, r.organisation_id, r.publish_name, r.received_via, \
     r.status, r.email_confirmed_at, r.updated_at, COALESCE(o.name, '') AS organisation_name";

/// How a response is looked up.
enum Key {
    Token(String),
    User(ConsultationId, i64),
}

async fn load(db: &Db, key: Key) -> AppResult<Option<Response>> {
    let clause = match key {
        Key::Token(_) => "r.token_hash = $1",
        Key::User(..) => "r.consultation_id = $1 AND r.user_id = $2 AND r.received_via = 'online'",
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM consultation_responses r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE {clause}"
    );
    let query = match key {
        Key::Token(token) => sqlx::query(&sql).bind(hash_token(&token)),
        Key::User(id, user) => sqlx::query(&sql).bind(id).bind(user),
    };
    let Some(r) = query.fetch_optional(&db.pool).await? else {
        return Ok(None);
    };
    let id: ResponseId = r.try_get("id")?;
    let answers =
        sqlx::query("SELECT question_id, value FROM consultation_answers WHERE response_id = $1")
            .bind(id)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|a| Ok((a.try_get("question_id")?, a.try_get("value")?)))
            .collect::<AppResult<_>>()?;
    let profile = sqlx::query("SELECT question, answer FROM consultation_profiles WHERE response_id = $1 ORDER BY question, answer")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|a| Ok((a.try_get("question")?, a.try_get("answer")?)))
        .collect::<AppResult<_>>()?;
    let mut response = response_from_row(&r)?;
    response.answers = answers;
    response.profile = profile;
    Ok(Some(response))
}

fn response_from_row(r: &sqlx::any::AnyRow) -> AppResult<Response> {
    Ok(Response {
        id: r.try_get("id")?,
        consultation_id: r.try_get("consultation_id")?,
        user_id: r.try_get("user_id")?,
        respondent: Respondent {
            name: r.try_get("name")?,
            email: r.try_get("email")?,
            organisation_id: r.try_get("organisation_id")?,
            publish_name: r.try_get::<i64, _>("publish_name")? != 0,
        },
        organisation_name: r.try_get("organisation_name")?,
        received_via: r.try_get("received_via")?,
        submitted: r.try_get::<String, _>("status")? == "submitted",
        email_confirmed: r.try_get::<Option<i64>, _>("email_confirmed_at")?.is_some(),
        updated_at: r.try_get("updated_at")?,
        answers: HashMap::new(),
        profile: Vec::new(),
    })
}

/// Every response to a consultation, without answers, oldest first (coordinators only:
/// it holds names and addresses).
pub async fn all_responses(db: &Db, id: ConsultationId) -> AppResult<Vec<Response>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM consultation_responses r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.consultation_id = $1 ORDER BY r.id"
    );
    sqlx::query(&sql)
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(response_from_row)
        .collect()
}

/// The response a personal link opens.
pub async fn response_by_token(db: &Db, token: &str) -> AppResult<Option<Response>> {
    load(db, Key::Token(token.to_string())).await
}

/// A signed-in participant's own response to a consultation.
pub async fn response_of_user(
    db: &Db,
    id: ConsultationId,
    user_id: i64,
) -> AppResult<Option<Response>> {
    load(db, Key::User(id, user_id)).await
}

/// Opening the personal link confirms the address (once); true if this did it.
pub async fn confirm_email(db: &Db, token: &str) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE consultation_responses SET email_confirmed_at = $1 WHERE token_hash = $2 AND email_confirmed_at IS NULL",
    )
    .bind(now())
    .bind(hash_token(token))
    .execute(&db.pool)
    .await?;
    if done.rows_affected() == 1 {
        // A visitor who asked to follow the consultation now follows it.
        sqlx::query(
            "UPDATE consultation_followers SET active = 1 WHERE active = 0 AND (consultation_id, email) IN \
             (SELECT consultation_id, email FROM consultation_responses WHERE token_hash = $1)",
        )
        .bind(hash_token(token))
        .execute(&db.pool)
        .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Replaces a response's answers and self-description, on `conn`.
async fn write_answers(
    conn: &mut sqlx::AnyConnection,
    c: ConsultationId,
    id: ResponseId,
    a: &Answers,
) -> AppResult<()> {
    sqlx::query("DELETE FROM consultation_answers WHERE response_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (question, value) in a.answers.iter().filter(|(_, v)| !v.is_empty()) {
        sqlx::query("INSERT INTO consultation_answers (response_id, question_id, value) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(*question)
            .bind(value.clone())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM consultation_profiles WHERE response_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (question, answer) in &a.profile {
        sqlx::query(
            "INSERT INTO consultation_profiles (response_id, consultation_id, question, answer) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(c)
        .bind(*question)
        .bind(answer.clone())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Who is saving a response online: a signed-in participant (their account's address is
/// already confirmed) or a visitor.
#[derive(Clone, Copy, Debug)]
pub enum Saver<'a> {
    Participant {
        user_id: i64,
    },
    Visitor,
    /// The holder of this existing response's personal link (or its participant).
    Holder(&'a Response),
}

/// Saves a response while the consultation is open: a new one (e-mailing its personal
/// link), or changes to the holder's own; `submit` sends it. Following is asked for with
/// `follow`. One transaction.
#[allow(clippy::too_many_arguments)]
pub async fn save_response(
    db: &Db,
    config: &Config,
    c: &Consultation,
    saver: Saver<'_>,
    who: &Respondent,
    a: &Answers,
    submit: bool,
    follow: bool,
    lang: Lang,
) -> AppResult<Saved> {
    let at = now();
    if c.phase(at) != Phase::Open {
        return Ok(Saved::NotOpen);
    }
    let status = if submit { "submitted" } else { "draft" };
    let mut tx = db.begin_write().await?;
    let saved = match saver {
        Saver::Holder(existing) => {
            sqlx::query(
                "UPDATE consultation_responses SET name = $1, organisation_id = $2, publish_name = $3, \
                 status = CASE WHEN status = 'submitted' THEN 'submitted' ELSE $4 END, \
                 submitted_at = CASE WHEN $4 = 'submitted' AND submitted_at IS NULL THEN $5 ELSE submitted_at END, updated_at = $5 WHERE id = $6",
            )
            .bind(who.name.clone())
            .bind(who.organisation_id)
            .bind(i64::from(who.publish_name))
            .bind(status)
            .bind(at)
            .bind(existing.id)
            .execute(&mut *tx)
            .await?;
            write_answers(&mut tx, c.id, existing.id, a).await?;
            if follow && !existing.respondent.email.is_empty() {
                super::follow_on(
                    &mut tx,
                    c.id,
                    existing.user_id,
                    &existing.respondent.email,
                    lang,
                    existing.email_confirmed,
                )
                .await?;
            }
            Saved::Updated
        }
        Saver::Participant { .. } | Saver::Visitor => {
            let user_id = match saver {
                Saver::Participant { user_id } => Some(user_id),
                _ => None,
            };
            let token = random_token();
            let row = sqlx::query(
                "INSERT INTO consultation_responses (consultation_id, token_hash, user_id, name, email, lang, organisation_id, publish_name, status, email_confirmed_at, created_at, updated_at, submitted_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(c.id)
            .bind(hash_token(&token))
            .bind(user_id)
            .bind(who.name.clone())
            .bind(who.email.clone())
            .bind(lang.code())
            .bind(who.organisation_id)
            .bind(i64::from(who.publish_name))
            .bind(status)
            .bind(user_id.map(|_| at))
            .bind(at)
            .bind(submit.then_some(at))
            .fetch_optional(&mut *tx)
            .await?;
            match row {
                Some(row) => {
                    let id: ResponseId = row.try_get("id")?;
                    write_answers(&mut tx, c.id, id, a).await?;
                    if follow {
                        super::follow_on(
                            &mut tx,
                            c.id,
                            user_id,
                            &who.email,
                            lang,
                            user_id.is_some(),
                        )
                        .await?;
                    }
                    mail_link(&mut tx, config, c, &who.email, &who.name, &token, lang).await?;
                    Saved::Created(token)
                }
                None => {
                    // Already a response from this address: send its holder a fresh link.
                    let token = random_token();
                    let row = sqlx::query(
                        "UPDATE consultation_responses SET token_hash = $1 WHERE consultation_id = $2 AND received_via = 'online' \
                         AND (email = $3 OR user_id = $4) RETURNING name, email",
                    )
                    .bind(hash_token(&token))
                    .bind(c.id)
                    .bind(who.email.clone())
                    .bind(user_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if let Some(row) = row {
                        let (name, email): (String, String) =
                            (row.try_get("name")?, row.try_get("email")?);
                        mail_link(&mut tx, config, c, &email, &name, &token, lang).await?;
                    }
                    Saved::LinkSent
                }
            }
        }
    };
    tx.commit().await?;
    Ok(saved)
}

async fn mail_link(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    c: &Consultation,
    to: &str,
    name: &str,
    token: &str,
    lang: Lang,
) -> AppResult<()> {
    if to.is_empty() {
        return Ok(());
    }
    let link = config.link(&format!("/consultations/{}/respond/{token}", c.slug));
    messages::send_keyed_on(
        conn,
        lang,
        "consult-link",
        to,
        &[
            ("name", Arg::from(name)),
            ("title", Arg::from(c.fields.title.as_str())),
            ("link", Arg::from(link)),
        ],
        None,
    )
    .await?;
    Ok(())
}

/// Enters a response received by post, e-mail, phone or at an event, on behalf of the
/// person (sent and counted at once; marked with how it came and who entered it).
pub async fn enter_received(
    db: &Db,
    c: &Consultation,
    via: ReceivedVia,
    by: i64,
    who: &Respondent,
    a: &Answers,
) -> AppResult<ResponseId> {
    let at = now();
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "INSERT INTO consultation_responses (consultation_id, token_hash, name, email, organisation_id, publish_name, received_via, entered_by, status, email_confirmed_at, created_at, updated_at, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9, $9, $9, $9) RETURNING id",
    )
    .bind(c.id)
    .bind(hash_token(&random_token()))
    .bind(who.name.clone())
    .bind(who.email.clone())
    .bind(who.organisation_id)
    .bind(i64::from(who.publish_name))
    .bind(via)
    .bind(by)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let id: ResponseId = row.try_get("id")?;
    write_answers(&mut tx, c.id, id, a).await?;
    tx.commit().await?;
    Ok(id)
}
