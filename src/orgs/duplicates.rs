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

/// A name reduced to what identifies it: lower case, letters and digits, no filler words.
pub fn name_key(name: &str) -> String {
    let lowered = name.to_lowercase().replace('&', " and ");
    lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty()
                && !["the", "ltd", "limited", "cic", "cio", "and", "a", "y", "yr"].contains(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The host of a web address without `www.`.
pub fn website_domain(url: &str) -> Option<String> {
    let host = url::Url::parse(url.trim()).ok()?.host_str()?.to_lowercase();
    Some(host.trim_start_matches("www.").to_string())
}

/// The domain of an e-mail address, unless it is a common free mail provider.
pub fn email_domain(email: &str) -> Option<String> {
    let domain = email.trim().rsplit_once('@')?.1.to_lowercase();
    let free = [
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "yahoo.com",
        "yahoo.co.uk",
        "icloud.com",
        "btinternet.com",
        "live.co.uk",
        "aol.com",
        "protonmail.com",
    ];
    (!free.contains(&domain.as_str()) && !domain.is_empty()).then_some(domain)
}

/// Whether two names are alike enough to ask.
pub fn similar_names(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    !a.is_empty() && (a == b || strsim::jaro_winkler(&a, &b) >= 0.93)
}

/// Records (other than `exclude`) that `f` may duplicate.
pub async fn likely(
    db: &Db,
    f: &OrgFields,
    exclude: Option<OrganisationId>,
) -> AppResult<Vec<Candidate>> {
    let rows = sqlx::query(
        "SELECT id, slug, name, website, email, charity_register, charity_number FROM organisations WHERE merged_into IS NULL",
    )
    .fetch_all(&db.pool)
    .await?;
    let site = website_domain(&f.website);
    let mail = email_domain(&f.email);
    let mut found = Vec::new();
    for r in &rows {
        let id: OrganisationId = r.try_get("id")?;
        if Some(id) == exclude {
            continue;
        }
        let name: String = r.try_get("name")?;
        let charity: String = r.try_get("charity_number")?;
        let register: String = r.try_get("charity_register")?;
        let reason = if !f.charity_number.is_empty()
            && charity == f.charity_number
            && register == f.charity_register
        {
            Some("dup-reason-charity")
        } else if similar_names(&name, &f.name) {
            Some("dup-reason-name")
        } else if site.is_some() && website_domain(&r.try_get::<String, _>("website")?) == site {
            Some("dup-reason-website")
        } else if mail.is_some() && email_domain(&r.try_get::<String, _>("email")?) == mail {
            Some("dup-reason-email")
        } else {
            None
        };
        if let Some(reason) = reason {
            found.push(Candidate {
                slug: r.try_get("slug")?,
                name,
                reason,
            });
        }
    }
    Ok(found)
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
