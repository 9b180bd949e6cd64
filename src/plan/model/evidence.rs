//! Evidence: an output (or one of its milestones) linked to what shows it — a meeting, an
//! event, a consultation, a decision, a proposal version, a wiki page or a file — by id,
//! chosen from lists. The name at the time of linking is kept, so a link whose target was
//! renamed says so, and one whose target was deleted still says what it was. Each linked
//! thing lists the outputs it is evidence for.

use sqlx::Row;

use super::{EvidenceKind, MilestoneId, OutputId};
use crate::error::AppResult;
use crate::storage::{now, Db};

/// A thing that can be evidence, as it is now.
#[derive(Clone, Debug)]
pub struct Target {
    pub name: String,
    pub href: String,
    /// Whether visitors may see it (a private meeting, a draft, a members-only page: no).
    pub public: bool,
}

/// The query that finds a target of `kind` by id `$1`: its name, the parts of its
/// address, and whether it is public (`$2` is the time now).
fn target_sql(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Meeting => {
            "SELECT title AS name, '' AS slug, 0 AS number, is_public AS public FROM meetings WHERE id = $1 AND $2 = $2"
        }
        EvidenceKind::Event => {
            "SELECT title AS name, slug, 0 AS number, is_public AS public FROM events WHERE id = $1 AND $2 = $2"
        }
        EvidenceKind::Consultation => {
            "SELECT title AS name, slug, 0 AS number, \
             CASE WHEN opens_at IS NOT NULL AND opens_at <= $2 THEN 1 ELSE 0 END AS public \
             FROM consultations WHERE id = $1"
        }
        EvidenceKind::Decision => {
            "SELECT title AS name, '' AS slug, 0 AS number, 1 AS public FROM consortium_decisions WHERE id = $1 AND $2 = $2"
        }
        EvidenceKind::ProposalVersion => {
            "SELECT p.title AS name, p.slug, v.number, \
             CASE WHEN v.submitted_at IS NULL THEN 0 ELSE 1 END AS public \
             FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE v.id = $1 AND $2 = $2"
        }
        EvidenceKind::WikiPage => {
            "SELECT title AS name, '' AS slug, 0 AS number, 1 - members_only AS public \
             FROM wiki_pages WHERE id = $1 AND title IS NOT NULL AND $2 = $2"
        }
        EvidenceKind::File => {
            "SELECT f.name, '' AS slug, 0 AS number, 1 - COALESCE(p.members_only, 0) AS public \
             FROM files f LEFT JOIN wiki_pages p ON p.id = f.page_id WHERE f.id = $1 AND $2 = $2"
        }
    }
}

fn href(kind: EvidenceKind, id: i64, name: &str, slug: &str, number: i64) -> String {
    let path = |text: &str| -> String {
        crate::wiki::title::Title::parse(text)
            .map(|t| t.url_path())
            .unwrap_or_default()
    };
    match kind {
        EvidenceKind::Meeting => format!("/meetings/{id}"),
        EvidenceKind::Event => format!("/events/{slug}"),
        EvidenceKind::Consultation => format!("/consultations/{slug}"),
        EvidenceKind::Decision => format!("/consortium/decisions/{id}"),
        EvidenceKind::ProposalVersion => format!("/proposals/{slug}/versions/{number}"),
        EvidenceKind::WikiPage => format!("/wiki/{}", path(name)),
        EvidenceKind::File => format!("/files/{}", path(name)),
    }
}

/// The thing of `kind` with `id` as it is now, if it still exists.
pub async fn target(db: &Db, kind: EvidenceKind, id: i64) -> AppResult<Option<Target>> {
    let row = sqlx::query(target_sql(kind))
        .bind(id)
        .bind(now())
        .fetch_optional(&db.pool)
        .await?;
    let Some(r) = row else { return Ok(None) };
    let mut name: String = r.try_get("name")?;
    let slug: String = r.try_get("slug")?;
    let number: i64 = r.try_get("number")?;
    let link = href(kind, id, &name, &slug, number);
    if kind == EvidenceKind::ProposalVersion {
        name = format!("{name} ({number})");
    }
    Ok(Some(Target {
        name,
        href: link,
        public: r.try_get::<i64, _>("public")? != 0,
    }))
}

/// A piece of evidence with its target as it is now (`None`: deleted).
#[derive(Clone, Debug)]
pub struct Evidence {
    pub id: i64,
    pub milestone_id: Option<MilestoneId>,
    pub kind: EvidenceKind,
    pub target_id: i64,
    pub linked_name: String,
    pub now: Option<Target>,
}

impl Evidence {
    /// Renamed since it was linked.
    pub fn renamed(&self) -> bool {
        self.now
            .as_ref()
            .is_some_and(|t| t.name != self.linked_name)
    }
}

/// An output's evidence (its milestones' too), oldest first, each looked up as it is now.
pub async fn evidence(db: &Db, output: OutputId) -> AppResult<Vec<Evidence>> {
    let rows = sqlx::query(
        "SELECT id, milestone_id, kind, target_id, linked_name FROM plan_evidence WHERE output_id = $1 ORDER BY id",
    )
    .bind(output)
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(kind) = EvidenceKind::from_code(&r.try_get::<String, _>("kind")?) else {
            continue;
        };
        let target_id: i64 = r.try_get("target_id")?;
        out.push(Evidence {
            id: r.try_get("id")?,
            milestone_id: r.try_get("milestone_id")?,
            kind,
            target_id,
            linked_name: r.try_get("linked_name")?,
            now: target(db, kind, target_id).await?,
        });
    }
    Ok(out)
}

/// Why evidence could not be added.
#[derive(Debug, PartialEq, Eq)]
pub enum AddEvidence {
    Added,
    /// No such thing (or no such milestone of this output).
    Missing,
    AlreadyLinked,
}

/// Links `output` (or its `milestone`) to the thing of `kind` with `target_id`.
pub async fn add_evidence(
    db: &Db,
    output: OutputId,
    milestone: Option<MilestoneId>,
    kind: EvidenceKind,
    target_id: i64,
    by: Option<i64>,
) -> AppResult<AddEvidence> {
    let Some(found) = target(db, kind, target_id).await? else {
        return Ok(AddEvidence::Missing);
    };
    if let Some(m) = milestone {
        let mine =
            sqlx::query("SELECT 1 AS x FROM plan_milestones WHERE id = $1 AND output_id = $2")
                .bind(m)
                .bind(output)
                .fetch_optional(&db.pool)
                .await?;
        if mine.is_none() {
            return Ok(AddEvidence::Missing);
        }
    }
    let inserted = sqlx::query(
        "INSERT INTO plan_evidence (output_id, milestone_id, kind, target_id, linked_name, created_by, created_at) \
         SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM plan_outputs WHERE id = $1) \
         ON CONFLICT DO NOTHING",
    )
    .bind(output)
    .bind(milestone)
    .bind(kind.code())
    .bind(target_id)
    .bind(found.name)
    .bind(by)
    .bind(now())
    .execute(&db.pool)
    .await?
    .rows_affected();
    Ok(if inserted == 1 {
        AddEvidence::Added
    } else {
        AddEvidence::AlreadyLinked
    })
}

/// Removes evidence `id` from `output`; false if it was not there.
pub async fn remove_evidence(db: &Db, output: OutputId, id: i64) -> AppResult<bool> {
    let removed = sqlx::query("DELETE FROM plan_evidence WHERE id = $1 AND output_id = $2")
        .bind(id)
        .bind(output)
        .execute(&db.pool)
        .await?
        .rows_affected();
    Ok(removed == 1)
}

/// The outputs the thing of `kind` with `target_id` is evidence for: (id, title).
pub async fn outputs_evidenced_by(
    db: &Db,
    kind: EvidenceKind,
    target_id: i64,
) -> AppResult<Vec<(OutputId, String)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT o.id, o.title FROM plan_evidence e JOIN plan_outputs o ON o.id = e.output_id \
         WHERE e.kind = $1 AND e.target_id = $2 ORDER BY o.title",
    )
    .bind(kind.code())
    .bind(target_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("title")?)))
        .collect()
}

/// What can be chosen as evidence, newest first, at most 200 of each kind: (kind,
/// `kind:id` value, name).
pub async fn candidates(db: &Db) -> AppResult<Vec<(EvidenceKind, String, String)>> {
    const LISTS: &[(EvidenceKind, &str)] = &[
        (EvidenceKind::Meeting, "SELECT id, title AS name FROM meetings ORDER BY starts_at DESC LIMIT 200"),
        (EvidenceKind::Event, "SELECT id, title AS name FROM events ORDER BY starts_at DESC LIMIT 200"),
        (EvidenceKind::Consultation, "SELECT id, title AS name FROM consultations ORDER BY id DESC LIMIT 200"),
        (EvidenceKind::Decision, "SELECT id, title AS name FROM consortium_decisions ORDER BY id DESC LIMIT 200"),
        (
            EvidenceKind::ProposalVersion,
            "SELECT v.id, p.title || ' (' || CAST(v.number AS TEXT) || ')' AS name FROM proposal_versions v \
             JOIN proposals p ON p.id = v.proposal_id ORDER BY v.id DESC LIMIT 200",
        ),
        (EvidenceKind::WikiPage, "SELECT id, title AS name FROM wiki_pages WHERE title IS NOT NULL ORDER BY updated_at DESC LIMIT 200"),
        (EvidenceKind::File, "SELECT id, name FROM files ORDER BY id DESC LIMIT 200"),
    ];
    let mut out = Vec::new();
    for (kind, sql) in LISTS {
        for r in sqlx::query(sql).fetch_all(&db.pool).await? {
            let id: i64 = r.try_get("id")?;
            out.push((*kind, format!("{}:{id}", kind.code()), r.try_get("name")?));
        }
    }
    Ok(out)
}
