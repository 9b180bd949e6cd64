//! Organisations taking part in a meeting, with each one's consent to be named publicly
//! (yes / no / not asked yet). When a meeting is held, each organisation's outreach moves on
//! to "met" (if it was earlier in the pipeline) and the meeting goes into its activity log.

use sqlx::Row;

use crate::error::AppResult;
use crate::meetings::model::MeetingId;
use crate::orgs::model::outreach;
use crate::orgs::model::OrganisationId;
use crate::storage::Db;

crate::code_enum!(Consent, "an organisation's consent to be named", {
    NotAsked => "not_asked",
    Yes => "yes",
    No => "no",
});

/// The consent codes, in the order the form shows them.
pub const CONSENTS: &[&str] = Consent::CODES;

#[derive(Clone, Debug)]
pub struct TakingPart {
    pub organisation_id: OrganisationId,
    pub slug: String,
    pub name: String,
    pub consent: Consent,
}

pub async fn list(db: &Db, meeting_id: MeetingId) -> AppResult<Vec<TakingPart>> {
    let rows = sqlx::query(
        "SELECT o.id, o.slug, o.name, mo.consent FROM meeting_organisations mo \
         JOIN organisations o ON o.id = mo.organisation_id WHERE mo.meeting_id = $1 ORDER BY o.name",
    )
    .bind(meeting_id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(TakingPart {
                organisation_id: r.try_get("id")?,
                slug: r.try_get("slug")?,
                name: r.try_get("name")?,
                consent: r.try_get("consent")?,
            })
        })
        .collect()
}

/// The nations the organisations taking part work in (directory codes), each once.
pub async fn nations(db: &Db, meeting_id: MeetingId) -> AppResult<Vec<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT n.nation FROM meeting_organisations mo \
         JOIN organisation_nations n ON n.organisation_id = mo.organisation_id \
         WHERE mo.meeting_id = $1 ORDER BY n.nation",
    )
    .bind(meeting_id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("nation")?)).collect()
}

pub async fn add(db: &Db, meeting_id: MeetingId, org_id: OrganisationId) -> AppResult<()> {
    add_on(&mut *db.pool.acquire().await?, meeting_id, org_id).await
}

pub async fn add_on(
    conn: &mut sqlx::AnyConnection,
    meeting_id: MeetingId,
    org_id: OrganisationId,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO meeting_organisations (meeting_id, organisation_id) VALUES ($1, $2) \
         ON CONFLICT (meeting_id, organisation_id) DO NOTHING",
    )
    .bind(meeting_id.0)
    .bind(org_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_consent(
    db: &Db,
    meeting_id: MeetingId,
    org_id: OrganisationId,
    consent: Consent,
) -> AppResult<()> {
    sqlx::query(
        "UPDATE meeting_organisations SET consent = $1 WHERE meeting_id = $2 AND organisation_id = $3",
    )
    .bind(consent)
    .bind(meeting_id.0)
    .bind(org_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn remove(db: &Db, meeting_id: MeetingId, org_id: OrganisationId) -> AppResult<()> {
    sqlx::query("DELETE FROM meeting_organisations WHERE meeting_id = $1 AND organisation_id = $2")
        .bind(meeting_id.0)
        .bind(org_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A held meeting moves an organisation's outreach on to "met" (never backwards) and is
/// logged in its activity. Called when a meeting becomes held and when an organisation is
/// added to a held meeting.
pub async fn record_met(
    db: &Db,
    org_id: OrganisationId,
    meeting_title: &str,
    held_on: &str,
    by: (i64, &str),
) -> AppResult<()> {
    let mut pipeline = outreach::pipeline(db, org_id).await?;
    if pipeline.stage.is_before_met() {
        pipeline.stage = outreach::OutreachStage::Met;
        outreach::set_pipeline(db, org_id, &pipeline).await?;
    }
    outreach::add_activity(db, org_id, "meeting", held_on, meeting_title, by).await
}

/// Creates an unlisted directory record named `name` (an organisation added to a meeting
/// on the spot); returns its id. A coordinator completes the record later.
pub async fn create_organisation(
    db: &Db,
    name: &str,
    by: (i64, &str),
) -> AppResult<OrganisationId> {
    let mut tx = db.begin_write().await?;
    let id = create_organisation_in(&mut tx, db.backend, name, by).await?;
    tx.commit().await?;
    Ok(id)
}

/// Like [`create_organisation`], inside the caller's transaction.
pub async fn create_organisation_in(
    tx: &mut crate::storage::WriteTx,
    backend: crate::storage::Backend,
    name: &str,
    by: (i64, &str),
) -> AppResult<OrganisationId> {
    let fields = crate::orgs::fields::OrgFields {
        name: name.trim().to_string(),
        org_type: "other".into(),
        listed: false,
        ..Default::default()
    };
    let (id, _) = crate::orgs::model::create_in(
        tx,
        backend,
        &fields,
        (Some(by.0), by.1),
        "Added at a meeting",
        false,
    )
    .await?
    .map_err(|_| crate::error::AppError::BadRequest(None))?;
    Ok(id)
}
