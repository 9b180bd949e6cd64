//! Likely duplicates (same charity number, a similar name, the same website or e-mail
//! domain), and merging two records into one: both histories kept, everything that pointed
//! at the merged record re-pointed, and its old address redirecting.

use sqlx::Row;

use super::fields::{merge_fields, OrgFields};
use super::model::OrganisationId;
use super::model::{self, Organisation};
use crate::error::{AppError, AppResult};
use crate::storage::{now, Db};

/// A possible duplicate: its slug, name and the Fluent id of why it looks like one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub slug: String,
    pub name: String,
    pub reason: &'static str,
}

use super::keys::{self, unit_numbers};
pub use super::keys::{email_domain, name_key, website_domain};

/// At most this many candidates are offered, the likeliest first.
pub const CANDIDATE_LIMIT: usize = 10;
/// A website or e-mail domain used by this many records belongs to an umbrella body or a
/// provider, and stops counting as a sign that two records are one.
pub const SHARED_DOMAIN: i64 = 5;

/// Whether two names are alike enough to ask: the same once filler words are gone, or very
/// close, and never when they carry different unit numbers ("10th" and "50th" groups).
pub fn similar_names(a: &str, b: &str) -> bool {
    name_score(a, b).is_some()
}

/// How alike two names are (0–1), if alike enough to ask.
fn name_score(a: &str, b: &str) -> Option<f64> {
    if unit_numbers(a) != unit_numbers(b) {
        return None;
    }
    let (a, b) = (name_key(a), name_key(b));
    if a.is_empty() {
        return None;
    }
    let score = if a == b {
        1.0
    } else {
        strsim::jaro_winkler(&a, &b)
    };
    (score >= 0.93).then_some(score)
}

/// A record looked at as a candidate.
struct Seen {
    slug: String,
    name: String,
    register: String,
    number: String,
}

impl Seen {
    /// Two different charity numbers: two organisations, whatever else they share.
    fn other_charity(&self, f: &OrgFields) -> bool {
        !self.number.is_empty()
            && !f.charity_number.is_empty()
            && (self.register != f.charity_register || self.number != f.charity_number)
    }
}

const SEEN: &str = "id, slug, name, charity_register, charity_number";

async fn seen_rows(
    db: &Db,
    sql: &str,
    bind: Vec<String>,
) -> AppResult<Vec<(OrganisationId, Seen)>> {
    let mut query = sqlx::query(sql);
    for value in bind {
        query = query.bind(value);
    }
    query
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                Seen {
                    slug: r.try_get("slug")?,
                    name: r.try_get("name")?,
                    register: r.try_get("charity_register")?,
                    number: r.try_get("charity_number")?,
                },
            ))
        })
        .collect()
}

/// How many live records use `domain` in `column` (counting up to [`SHARED_DOMAIN`]).
async fn domain_users(db: &Db, column: &str, domain: &str) -> AppResult<i64> {
    let sql = format!(
        "SELECT COUNT(*) AS n FROM (SELECT 1 AS x FROM organisations WHERE {column} = $1 AND merged_into IS NULL LIMIT {SHARED_DOMAIN}) AS shared"
    );
    Ok(sqlx::query(&sql)
        .bind(domain.to_string())
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?)
}

/// Records (other than `exclude`) that `f` may duplicate, the likeliest first, at most
/// [`CANDIDATE_LIMIT`]. Every lookup uses an index: the charity number, the name's key, the
/// text-search index for similar names, and the website and e-mail domains unless an
/// umbrella body or provider shares them.
pub async fn likely(
    db: &Db,
    f: &OrgFields,
    exclude: Option<OrganisationId>,
) -> AppResult<Vec<Candidate>> {
    let live = "merged_into IS NULL";
    // (score, reason) per record; a record found several ways keeps its best reason.
    let mut scored: Vec<(OrganisationId, Seen, f64, &'static str)> = Vec::new();
    let mut add = |id: OrganisationId, seen: Seen, score: f64, reason: &'static str| {
        if Some(id) == exclude {
            return;
        }
        match scored.iter_mut().find(|(other, ..)| *other == id) {
            Some(entry) => {
                entry.2 = entry.2.max(score) + 0.05;
            }
            None => scored.push((id, seen, score, reason)),
        }
    };
    if !f.charity_number.is_empty() {
        let sql = format!("SELECT {SEEN} FROM organisations WHERE charity_register = $1 AND charity_number = $2 AND {live} LIMIT 20");
        for (id, seen) in seen_rows(
            db,
            &sql,
            vec![f.charity_register.clone(), f.charity_number.clone()],
        )
        .await?
        {
            add(id, seen, 2.0, "dup-reason-charity");
        }
    }
    let key = name_key(&f.name);
    let mut named = Vec::new();
    if !key.is_empty() {
        let sql =
            format!("SELECT {SEEN} FROM organisations WHERE name_key = $1 AND {live} LIMIT 50");
        named.extend(seen_rows(db, &sql, vec![key.clone()]).await?);
        // Similar names through the text-search index: every word of the name, and every
        // word but the last ("Involve UK" finds "Involve").
        let words: Vec<&str> = key.split(' ').collect();
        let mut queries = vec![key.clone()];
        if words.len() > 1 {
            queries.push(words[..words.len() - 1].join(" "));
        }
        let within = match db.backend {
            crate::storage::Backend::Sqlite => "SELECT rowid FROM organisation_search WHERE organisation_search MATCH $1 LIMIT 100",
            crate::storage::Backend::Postgres => "SELECT organisation_id FROM organisation_search WHERE document @@ to_tsquery('coproduce_search', $1) LIMIT 100",
        };
        let sql = format!("SELECT {SEEN} FROM organisations WHERE id IN ({within}) AND {live}");
        for query in queries
            .iter()
            .filter_map(|q| crate::search::match_query(db.backend, q))
        {
            named.extend(seen_rows(db, &sql, vec![query]).await?);
        }
    }
    for (id, seen) in named {
        if seen.other_charity(f) {
            continue;
        }
        if let Some(score) = name_score(&seen.name, &f.name) {
            add(id, seen, score, "dup-reason-name");
        }
    }
    for (column, domain, weight, reason) in [
        (
            "website_domain",
            website_domain(&f.website),
            0.9,
            "dup-reason-website",
        ),
        (
            "email_domain",
            email_domain(&f.email),
            0.85,
            "dup-reason-email",
        ),
    ] {
        let Some(domain) = domain.filter(|d| !keys::WEBMAIL.contains(&d.as_str())) else {
            continue;
        };
        if domain_users(db, column, &domain).await? >= SHARED_DOMAIN {
            continue;
        }
        let sql = format!(
            "SELECT {SEEN} FROM organisations WHERE {column} = $1 AND {live} LIMIT {SHARED_DOMAIN}"
        );
        for (id, seen) in seen_rows(db, &sql, vec![domain]).await? {
            if seen.other_charity(f) || unit_numbers(&seen.name) != unit_numbers(&f.name) {
                continue;
            }
            add(id, seen, weight, reason);
        }
    }
    scored.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.1.name.cmp(&b.1.name)));
    Ok(scored
        .into_iter()
        .take(CANDIDATE_LIMIT)
        .map(|(_, seen, _, reason)| Candidate {
            slug: seen.slug,
            name: seen.name,
            reason,
        })
        .collect())
}

/// Merges `gone` into `keep`. Returns false if either is already merged or they are one.
pub async fn merge(
    db: &Db,
    keep: &Organisation,
    gone: &Organisation,
    author: (Option<i64>, &str),
    summary: &str,
) -> AppResult<bool> {
    if keep.id == gone.id {
        return Ok(false);
    }
    let mut fields = merge_fields(&keep.fields, &gone.fields);
    if fields.lead_nation.is_empty() {
        fields.lead_nation = gone.fields.lead_nation.clone();
    }
    let mut tx = db.begin_write().await?;
    let t = now();
    let merged = sqlx::query(
        "UPDATE organisations SET merged_into = $1, listed = 0, lead_nation = NULL, updated_at = $2 \
         WHERE id = $3 AND merged_into IS NULL",
    )
    .bind(keep.id)
    .bind(t)
    .bind(gone.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if merged != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    for table in [
        "organisation_revisions",
        "organisation_contacts",
        "organisation_notes",
        "organisation_activities",
        "organisation_submissions",
    ] {
        sqlx::query(&format!(
            "UPDATE {table} SET organisation_id = $1 WHERE organisation_id = $2"
        ))
        .bind(keep.id)
        .bind(gone.id)
        .execute(&mut *tx)
        .await?;
    }
    // Meetings the merged record took part in now name the kept one (where both took part
    // in the same meeting, the kept record's entry stays).
    sqlx::query(
        "UPDATE meeting_organisations SET organisation_id = $1 WHERE organisation_id = $2 \
         AND meeting_id NOT IN (SELECT meeting_id FROM meeting_organisations WHERE organisation_id = $1)",
    )
    .bind(keep.id)
    .bind(gone.id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM meeting_organisations WHERE organisation_id = $1")
        .bind(gone.id)
        .execute(&mut *tx)
        .await?;
    // The kept record's pipeline wins; the merged one's moves over only if there is none.
    let keep_has_pipeline =
        sqlx::query("SELECT 1 AS x FROM organisation_outreach WHERE organisation_id = $1")
            .bind(keep.id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
    if keep_has_pipeline {
        sqlx::query("DELETE FROM organisation_outreach WHERE organisation_id = $1")
            .bind(gone.id)
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query(
            "UPDATE organisation_outreach SET organisation_id = $1 WHERE organisation_id = $2",
        )
        .bind(keep.id)
        .bind(gone.id)
        .execute(&mut *tx)
        .await?;
    }
    for table in [
        "organisation_nations",
        "organisation_characteristics",
        "organisation_sdgs",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE organisation_id = $1"))
            .bind(gone.id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    match model::update(db, keep.id, &fields, author, summary).await? {
        Ok(()) => Ok(true),
        Err(_) => Err(AppError::Internal(anyhow::anyhow!(
            "lead network clash while merging"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likeness_checks() {
        assert!(similar_names(
            "The Barrow Cadbury Trust",
            "Barrow Cadbury Trust"
        ));
        assert!(similar_names("Hope not Hate Ltd", "HOPE NOT HATE"));
        assert!(similar_names(
            "Electoral Reform Society Cymru",
            "Electoral Reform Society, Cymru"
        ));
        assert!(!similar_names("Inclusion Scotland", "Inclusion London"));
        assert!(!similar_names(
            "10th Belfast Scout Group",
            "50th Belfast Scout Group"
        ));
        assert_eq!(
            website_domain("https://www.involve.org.uk/about").as_deref(),
            Some("involve.org.uk")
        );
        assert_eq!(
            email_domain("hello@involve.org.uk").as_deref(),
            Some("involve.org.uk")
        );
        assert_eq!(email_domain("someone@gmail.com"), None);
    }
}
