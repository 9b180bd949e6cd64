//! The meetings workflows that write more than one thing, each one transaction with its
//! outbox mail: confirming a time poll, and scheduling, polling for or declining a
//! "Let's meet" request. A failure at any step (the last one included: queueing the
//! e-mails) leaves nothing half-done — no poll "confirmed" without its meeting, no request
//! "scheduled" without the meeting or the message.

use super::model::requests::{self as requests, MeetingRequest, RequestStatus};
use super::model::{self as meetings, Meeting, MeetingFields, MeetingId};
use super::{ics, model::polls, taking_part};
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::Db;
use crate::views::format_time;

/// Where a meeting is, for a message: its venue, else its joining link.
fn place(m: &Meeting) -> String {
    if m.fields.venue.is_empty() {
        m.fields.online_url.clone()
    } else {
        m.fields.venue.clone()
    }
}

/// Confirms poll `poll` at the time in `fields`: makes the meeting, links the poll, the
/// organisation and the request to it, and e-mails every invitee an invitation with the
/// `.ics`. `None` when the poll was already confirmed (two coordinators at once make one
/// meeting, not two).
pub async fn confirm_poll(
    db: &Db,
    config: &Config,
    poll: &polls::Poll,
    fields: &MeetingFields,
    by: i64,
) -> AppResult<Option<MeetingId>> {
    let mut tx = db.begin_write().await?;
    if !polls::claim_for_confirming_on(&mut tx, poll.id).await? {
        return Ok(None);
    }
    let meeting_id = meetings::create_on(&mut tx, fields, by).await?;
    polls::set_meeting_on(&mut tx, poll.id, meeting_id).await?;
    if let Some(org_id) = poll.organisation_id {
        taking_part::add_on(&mut tx, meeting_id, org_id).await?;
    }
    if let Some(request_id) = poll.request_id {
        requests::mark_handled_on(
            &mut tx,
            request_id,
            RequestStatus::Scheduled,
            Some(meeting_id),
            None,
            "",
            by,
        )
        .await?;
    }
    if let Some(m) = meetings::find_on(&mut tx, meeting_id).await? {
        let file = ics::attachment(&m, &config.link(&format!("/meetings/{meeting_id}")));
        for invitee in polls::invitees_on(&mut tx, poll.id).await? {
            let lang = Lang::from_code(&invitee.lang).unwrap_or(Lang::En);
            messages::send_keyed_on(
                &mut tx,
                lang,
                "poll-confirmed",
                &invitee.email,
                &[
                    ("name", Arg::from(invitee.name.clone())),
                    ("title", Arg::from(m.fields.title.clone())),
                    ("when", Arg::from(format_time(lang, m.fields.starts_at))),
                    ("place", Arg::from(place(&m))),
                ],
                Some(&file),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(Some(meeting_id))
}

/// Schedules a proposed meeting for `request`: links (or creates) its organisation and
/// logs the request in its outreach, makes the meeting with the organisation taking part,
/// marks the request scheduled and e-mails the requester the invitation. Returns the
/// meeting's id.
pub async fn schedule_request(
    db: &Db,
    config: &Config,
    request: &MeetingRequest,
    fields: &MeetingFields,
    by: (i64, &str),
) -> AppResult<MeetingId> {
    let mut tx = db.begin_write().await?;
    let org_id = requests::link_organisation_in(&mut tx, db.backend, request, by).await?;
    let meeting_id = meetings::create_on(&mut tx, fields, by.0).await?;
    taking_part::add_on(&mut tx, meeting_id, org_id).await?;
    requests::mark_handled_on(
        &mut tx,
        request.id,
        RequestStatus::Scheduled,
        Some(meeting_id),
        None,
        "",
        by.0,
    )
    .await?;
    if let Some(meeting) = meetings::find_on(&mut tx, meeting_id).await? {
        let lang = Lang::from_code(&request.lang).unwrap_or(Lang::En);
        let file = ics::attachment(&meeting, &config.link(&format!("/meetings/{meeting_id}")));
        messages::send_keyed_on(
            &mut tx,
            lang,
            "meeting-request-scheduled",
            &request.fields.contact_email,
            &[
                ("name", Arg::from(request.fields.contact_name.clone())),
                (
                    "when",
                    Arg::from(format_time(lang, meeting.fields.starts_at)),
                ),
            ],
            Some(&file),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(meeting_id)
}

/// Declines `request` with `reason`, and tells the requester why.
pub async fn decline_request(
    db: &Db,
    request: &MeetingRequest,
    reason: &str,
    by: i64,
) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    requests::mark_handled_on(
        &mut tx,
        request.id,
        RequestStatus::Declined,
        None,
        None,
        reason,
        by,
    )
    .await?;
    messages::send_keyed_on(
        &mut tx,
        Lang::from_code(&request.lang).unwrap_or(Lang::En),
        "meeting-request-declined",
        &request.fields.contact_email,
        &[
            ("name", Arg::from(request.fields.contact_name.clone())),
            ("reason", Arg::from(reason.to_string())),
        ],
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
