//! "Let's meet" requests in the database, and what handling one does to the directory:
//! the organisation is linked (or created, unlisted), the contact person recorded, the
//! request logged in its outreach activity and its stage moved on to "in conversation"
//! (never backwards).

use sqlx::Row;

use crate::error::AppResult;
use crate::meetings::model::MeetingId;
use crate::orgs::model::outreach::{self as outreach, Contact};
use crate::orgs::model::OrganisationId;
use crate::storage::{now, Db, WriteTx};

/// What the public form collects (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFields {
    pub organisation_name: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub topic: String,
    pub when_suits: String,
    pub access_needs: Vec<String>,
    pub access_other: String,
}

crate::typed_id!(RequestId, "a \"Let's meet\" request");

crate::code_enum!(RequestStatus, "a request's status", {
    New => "new",
    Scheduled => "scheduled",
    Polling => "polling",
    Declined => "declined",
});

#[derive(Clone, Debug)]
pub struct MeetingRequest {
    pub id: RequestId,
    pub status: RequestStatus,
    pub lang: String,
    pub organisation_id: Option<OrganisationId>,
    pub meeting_id: Option<MeetingId>,
    pub poll_id: Option<crate::meetings::model::polls::PollId>,
    pub decline_reason: String,
    pub created_at: i64,
    pub fields: RequestFields,
}

const COLUMNS: &str = "id, organisation_name, contact_name, contact_email, contact_phone, topic, \
     when_suits, access_needs, access_other, lang, status, organisation_id, meeting_id, poll_id, \
     decline_reason, created_at";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<MeetingRequest> {
    Ok(MeetingRequest {
        id: r.try_get("id")?,
        status: r.try_get("status")?,
        lang: r.try_get("lang")?,
        organisation_id: r.try_get("organisation_id")?,
        meeting_id: r.try_get("meeting_id")?,
        poll_id: r.try_get("poll_id")?,
        decline_reason: r.try_get("decline_reason")?,
        created_at: r.try_get("created_at")?,
        fields: RequestFields {
            organisation_name: r.try_get("organisation_name")?,
            contact_name: r.try_get("contact_name")?,
            contact_email: r.try_get("contact_email")?,
            contact_phone: r.try_get("contact_phone")?,
            topic: r.try_get("topic")?,
            when_suits: r.try_get("when_suits")?,
            access_needs: crate::storage::code_list(&r.try_get::<String, _>("access_needs")?),
            access_other: r.try_get("access_other")?,
        },
    })
}

pub async fn create(db: &Db, f: &RequestFields, lang: &str) -> AppResult<i64> {
    let row = sqlx::query(
        "INSERT INTO meeting_requests (organisation_name, contact_name, contact_email, contact_phone, \
         topic, when_suits, access_needs, access_other, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(f.organisation_name.clone())
    .bind(f.contact_name.clone())
    .bind(f.contact_email.clone())
    .bind(f.contact_phone.clone())
    .bind(f.topic.clone())
    .bind(f.when_suits.clone())
    .bind(f.access_needs.join(","))
    .bind(f.access_other.clone())
    .bind(lang.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn find(db: &Db, id: RequestId) -> AppResult<Option<MeetingRequest>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM meeting_requests WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// New requests first (oldest first), then the most recently handled.
pub async fn queue(db: &Db) -> AppResult<Vec<MeetingRequest>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM meeting_requests \
         ORDER BY CASE status WHEN 'new' THEN 0 ELSE 1 END, \
         CASE status WHEN 'new' THEN id ELSE -id END LIMIT 500"
    ))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Links the request to its organisation — the record with exactly that name, or a new
/// unlisted one — records the contact person, logs the request and moves outreach on.
/// Returns the organisation's id. Idempotent: a request already linked keeps its record.
pub async fn link_organisation(
    db: &Db,
    request: &MeetingRequest,
    by: (i64, &str),
) -> AppResult<OrganisationId> {
    let mut tx = db.begin_write().await?;
    let id = link_organisation_in(&mut tx, db.backend, request, by).await?;
    tx.commit().await?;
    Ok(id)
}

/// Like [`link_organisation`], inside the caller's transaction.
pub async fn link_organisation_in(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    request: &MeetingRequest,
    by: (i64, &str),
) -> AppResult<OrganisationId> {
    if let Some(id) = request.organisation_id {
        return Ok(id);
    }
    let name = request.fields.organisation_name.trim();
    let org_id = match crate::orgs::model::id_by_exact_name_on(&mut *tx, name).await? {
        Some(id) => id,
        None => crate::meetings::taking_part::create_organisation_in(tx, backend, name, by).await?,
    };
    let f = &request.fields;
    let mut needs = f.access_needs.join(", ");
    if !f.access_other.is_empty() {
        if !needs.is_empty() {
            needs.push_str("; ");
        }
        needs.push_str(&f.access_other);
    }
    outreach::add_contact_on(
        &mut *tx,
        org_id,
        &Contact {
            id: 0,
            name: f.contact_name.clone(),
            role: String::new(),
            email: f.contact_email.clone(),
            phone: f.contact_phone.clone(),
            preferred_contact: "email".into(),
            access_needs: needs,
            created_at: 0,
            erased: false,
        },
    )
    .await?;
    let mut pipeline = outreach::pipeline_on(&mut *tx, org_id).await?;
    if matches!(
        pipeline.stage,
        outreach::OutreachStage::Identified | outreach::OutreachStage::Contacted
    ) {
        pipeline.stage = outreach::OutreachStage::InConversation;
        outreach::set_pipeline_on(&mut *tx, org_id, &pipeline).await?;
    }
    let today = crate::calendar::when::utc_to_london(now()).0;
    outreach::add_activity_on(
        &mut *tx,
        org_id,
        "other",
        &today,
        &format!("“Let’s meet” request: {}", f.topic),
        by,
    )
    .await?;
    sqlx::query("UPDATE meeting_requests SET organisation_id = $1 WHERE id = $2")
        .bind(org_id)
        .bind(request.id)
        .execute(&mut **tx)
        .await?;
    Ok(org_id)
}

/// Records how the request was handled: `status` is scheduled, polling or declined.
pub async fn mark_handled(
    db: &Db,
    id: RequestId,
    status: RequestStatus,
    meeting_id: Option<MeetingId>,
    poll_id: Option<crate::meetings::model::polls::PollId>,
    reason: &str,
    by: i64,
) -> AppResult<()> {
    mark_handled_on(
        &mut *db.pool.acquire().await?,
        id,
        status,
        meeting_id,
        poll_id,
        reason,
        by,
    )
    .await
}

pub async fn mark_handled_on(
    conn: &mut sqlx::AnyConnection,
    id: RequestId,
    status: RequestStatus,
    meeting_id: Option<MeetingId>,
    poll_id: Option<crate::meetings::model::polls::PollId>,
    reason: &str,
    by: i64,
) -> AppResult<()> {
    sqlx::query(
        "UPDATE meeting_requests SET status = $1, meeting_id = COALESCE($2, meeting_id), \
         poll_id = COALESCE($3, poll_id), decline_reason = $4, handled_by = $5, handled_at = $6 WHERE id = $7",
    )
    .bind(status)
    .bind(meeting_id)
    .bind(poll_id)
    .bind(reason.to_string())
    .bind(by)
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A request named in a path (coordinators' pages only).
impl crate::http::PathRecord for MeetingRequest {
    async fn load(
        state: &crate::state::AppState,
        ctx: &crate::http::RequestContext,
        key: &str,
    ) -> AppResult<Option<MeetingRequest>> {
        let Ok(id) = key.parse::<RequestId>() else {
            return Ok(None);
        };
        Ok(find(&state.db, id).await?.filter(|_| ctx.is_coordinator()))
    }
}
