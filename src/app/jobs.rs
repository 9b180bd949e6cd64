//! Which domain function runs each kind of background job. The `jobs` module knows no
//! domain; this composition root registers them. Periodic kinds are queued once per period
//! across all instances.

use crate::jobs::Registry;
use crate::{auth, consortium, consultations, events, jobs, mail, orgs, wiki};

/// Keep finished jobs this long, for admins to look back on.
const KEEP_FINISHED_SECONDS: i64 = 7 * 24 * 3600;

/// Every job kind the platform runs.
pub fn registry() -> Registry {
    Registry::new()
        .handler(orgs::import::job::JOB_KIND, |run| async move {
            orgs::import::job::run_job(&run).await
        })
        .handler(orgs::model::bulk::JOB_KIND, |run| async move {
            orgs::model::bulk::run_job(&run).await
        })
        .handler(wiki::watch::JOB_KIND, |run| async move {
            wiki::watch::run_job(&run).await
        })
        // Every half minute: event reminders and feedback links (idempotent).
        .periodic("events.reminders", 30, |run| async move {
            events::reminders::run_due(&run.db, &run.config).await?;
            Ok(())
        })
        // Every minute: consultation followers' notices (at most one e-mail a day each).
        .periodic("consultations.notices", 60, |run| async move {
            consultations::model::deliver_notices(&run.db, &run.config).await?;
            Ok(())
        })
        // Every minute: consortium rounds that are due close, signatories hear that a round
        // has opened, and those who have not answered are reminded a day before the close.
        .periodic("consortium.decisions", 60, |run| async move {
            consortium::model::run_decision_mail(&run.db, &run.config).await?;
            Ok(())
        })
        // Every five minutes: expired sessions, old throttle records, old jobs and the sent
        // mail past the period an admin chose.
        .periodic("cleanup", 300, |run| async move {
            auth::session::prune_expired(&run.db).await?;
            auth::throttle::prune(&run.db).await?;
            jobs::queue::prune(&run.db, KEEP_FINISHED_SECONDS).await?;
            mail::retention::purge(&run.db).await?;
            Ok(())
        })
}
