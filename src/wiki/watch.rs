//! The watchlist: people follow pages and hear of changes by e-mail, through the outbox,
//! at most once per changed page per hour. The per-watch `last_notified_at` is claimed with
//! a conditional UPDATE, so several instances never send the same notice twice.

use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use sqlx::Row;

use super::title::Title;
use super::view::load;
use crate::config::Config;
use crate::error::{AppError, AppResult};
use crate::http::{Flash, RequestContext};
use crate::i18n::{Arg, Lang};
use crate::mail::outbox;
use crate::state::AppState;
use crate::storage::{now, Db};
use crate::wiki::model::PageId;

/// At most one e-mail per page per this many seconds.
pub const NOTIFY_INTERVAL: i64 = 3600;

pub async fn is_watching(db: &Db, user_id: i64, page_id: PageId) -> AppResult<bool> {
    let row = sqlx::query("SELECT 1 AS x FROM wiki_watches WHERE user_id = $1 AND page_id = $2")
        .bind(user_id)
        .bind(page_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.is_some())
}

pub async fn watcher_count(db: &Db, page_id: PageId) -> AppResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM wiki_watches WHERE page_id = $1")
        .bind(page_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get("n")?)
}

async fn set_watching(db: &Db, user_id: i64, page_id: PageId, watch: bool) -> AppResult<()> {
    if watch {
        sqlx::query(
            "INSERT INTO wiki_watches (user_id, page_id) VALUES ($1, $2) ON CONFLICT (user_id, page_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(page_id)
        .execute(&db.pool)
        .await?;
    } else {
        sqlx::query("DELETE FROM wiki_watches WHERE user_id = $1 AND page_id = $2")
            .bind(user_id)
            .bind(page_id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// Tells the page's watchers (except the author) that it changed, at most once an hour each;
/// `file` names the file shown on the page when what changed is a new version of it.
pub async fn notify(
    db: &Db,
    config: &Config,
    page_id: PageId,
    title: &Title,
    file: Option<&Title>,
    author_id: Option<i64>,
) -> AppResult<usize> {
    let t = now();
    let rows = sqlx::query(
        "SELECT w.user_id, u.email, u.name, u.lang, u.role, p.members_only FROM wiki_watches w \
         JOIN users u ON u.id = w.user_id JOIN wiki_pages p ON p.id = w.page_id \
         WHERE w.page_id = $1 AND u.suspended_at IS NULL AND u.email_confirmed_at IS NOT NULL \
         AND (w.last_notified_at IS NULL OR w.last_notified_at <= $2)",
    )
    .bind(page_id)
    .bind(t - NOTIFY_INTERVAL)
    .fetch_all(&db.pool)
    .await?;
    let mut sent = 0;
    for row in rows {
        let user_id: i64 = row.try_get("user_id")?;
        if Some(user_id) == author_id {
            continue;
        }
        // A members-only page's followers hear of it only while they may still read it.
        if row.try_get::<i64, _>("members_only")? != 0 {
            let role = crate::auth::role::Role::parse(&row.try_get::<String, _>("role")?)
                .unwrap_or(crate::auth::role::Role::Participant);
            if !super::readers::account_sees_members_only(db, user_id, role).await? {
                continue;
            }
        }
        // Claim this watcher's notice; another instance racing here updates nothing.
        let claimed = sqlx::query(
            "UPDATE wiki_watches SET last_notified_at = $1 WHERE user_id = $2 AND page_id = $3 \
             AND (last_notified_at IS NULL OR last_notified_at <= $4)",
        )
        .bind(t)
        .bind(user_id)
        .bind(page_id)
        .bind(t - NOTIFY_INTERVAL)
        .execute(&db.pool)
        .await?
        .rows_affected();
        if claimed != 1 {
            continue;
        }
        let lang = Lang::from_code(&row.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let link = match file {
            Some(file) => format!("/files/{}", file.url_path()),
            None => title.action_href("history"),
        };
        let args = [
            ("name", Arg::from(row.try_get::<String, _>("name")?)),
            ("title", Arg::from(title.to_string())),
            (
                "file",
                Arg::from(file.map(ToString::to_string).unwrap_or_default()),
            ),
            ("link", Arg::from(config.link(&link))),
            ("site", Arg::from(lang.t("site-name"))),
        ];
        let (subject_key, body_key) = match file {
            Some(_) => ("email-watch-file-subject", "email-watch-file-body"),
            None => ("email-watch-subject", "email-watch-body"),
        };
        let subject = lang.t_args(subject_key, &args);
        let body = format!(
            "{}\n\n{}\n",
            lang.t_args(body_key, &args),
            lang.t("email-signature")
        );
        outbox::enqueue(db, &row.try_get::<String, _>("email")?, &subject, &body).await?;
        sent += 1;
    }
    Ok(sent)
}

/// The job kind that tells followers of a change.
pub const JOB_KIND: &str = "wiki.watch";

/// A change to tell the page's followers about.
#[derive(Debug, serde::Serialize, Deserialize)]
struct Notice {
    page_id: PageId,
    title: String,
    author_id: Option<i64>,
    /// The file shown on the page, when a new version of it is the change.
    #[serde(default)]
    file: Option<String>,
}

/// Queues the notice of a change, inside the change's transaction, when the page has
/// followers: a saved edit, or (`file`) a new version of a file the page shows. The e-mails
/// go out from a job worker, and a save is never slowed or lost because of them.
pub async fn queue_notice(
    tx: &mut crate::storage::WriteTx,
    page_id: PageId,
    title: &Title,
    file: Option<&str>,
    author_id: Option<i64>,
) -> AppResult<()> {
    let notice = Notice {
        page_id,
        title: title.as_str().to_string(),
        author_id,
        file: file.map(str::to_string),
    };
    let followed = sqlx::query("SELECT 1 AS one FROM wiki_watches WHERE page_id = $1 LIMIT 1")
        .bind(page_id)
        .fetch_optional(&mut **tx)
        .await?
        .is_some();
    if followed {
        let payload = serde_json::to_string(&notice).map_err(anyhow::Error::from)?;
        crate::jobs::enqueue_in(tx, JOB_KIND, &payload).await?;
    }
    Ok(())
}

/// The job: e-mails the followers of a changed page (see [`notify`]).
pub async fn run_job(run: &crate::jobs::JobRun) -> anyhow::Result<()> {
    let notice: Notice = serde_json::from_str(&run.job.payload)?;
    let Ok(title) = Title::parse(&notice.title) else {
        return Ok(());
    };
    let file = notice.file.as_deref().and_then(|f| Title::parse(f).ok());
    notify(
        &run.db,
        &run.config,
        notice.page_id,
        &title,
        file.as_ref(),
        notice.author_id,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    Ok(())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct WatchForm {
    /// `follow` or `unfollow`.
    action: String,
}

/// `POST /wiki/{title}/watch`.
pub async fn submit(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    body: &[u8],
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let form: WatchForm = crate::http::parse_form(body)?;
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let follow = match form.action.as_str() {
        "follow" => true,
        "unfollow" => false,
        _ => return Err(AppError::BadRequest(None)),
    };
    set_watching(&state.db, user.id.0, page.id, follow).await?;
    let flash = if follow {
        "wiki-flash-following"
    } else {
        "wiki-flash-unfollowed"
    };
    Ok((Flash(flash), Redirect::to(&title.href())).into_response())
}
