//! The document's parts as the consultation page shows them, each with its comment link,
//! in the reader's language or English and Welsh side by side. Two caches keep a long
//! document fast (see docs/BENCHMARKS.md): a published version's parts are rendered from
//! Markdown once per language (versions never change), and the finished HTML of all the
//! parts is kept under a stamp of the comments (the newest, and how many are hidden), so
//! it is built again only when a comment is added or hidden.

use std::collections::HashMap;

use askama::Template;
use sqlx::Row;

use super::model::{self, Consultation};
use super::read::block_html;
use crate::error::AppResult;
use crate::http::RequestContext;
use crate::i18n::Lang;
use crate::state::AppState;

struct PartView<'a> {
    id: &'a str,
    kind: &'a str,
    html: &'a str,
    html_cy: &'a str,
    /// "Comment on part 3", or "2 comments on part 3".
    link: String,
}

#[derive(Template)]
#[template(path = "consultations/_document.html")]
struct DocumentView<'a> {
    slug: &'a str,
    blocks: Vec<PartView<'a>>,
    both: bool,
    welsh_reader: bool,
}

/// The parts of the current version, rendered once per language: for each part its id,
/// kind, English HTML and Welsh HTML (empty when it has none).
async fn rendered_parts(
    state: &AppState,
    ctx: &RequestContext,
    c: &Consultation,
) -> AppResult<std::sync::Arc<Vec<String>>> {
    let version = c.current_version.unwrap_or(0);
    let key = format!("consultation:{}:{version}:{}", c.id.0, ctx.lang.code());
    if let Some(hit) = state.render_cache.get(&key) {
        return Ok(hit);
    }
    let blocks = match c.current_version {
        Some(v) => model::version_blocks(&state.db, c.id, v).await?,
        None => Vec::new(),
    };
    Ok(state.render_cache.get_or(&key, || {
        blocks
            .iter()
            .flat_map(|b| {
                let welsh = if b.text_cy.is_empty() {
                    String::new()
                } else {
                    block_html(ctx, &b.kind, &b.text_cy)
                };
                [
                    b.block_id.to_string(),
                    b.kind.clone(),
                    block_html(ctx, &b.kind, &b.text),
                    welsh,
                ]
            })
            .collect()
    }))
}

/// The newest comment's id and how many are hidden: a comment added or hidden changes
/// one of them, and so what the parts' links say. Both are read from indexes without
/// visiting every comment.
async fn comments_stamp(state: &AppState, c: &Consultation) -> AppResult<(i64, i64)> {
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM consultation_comments WHERE consultation_id = $1 AND hidden_reason <> '') AS n, \
         COALESCE((SELECT MAX(id) FROM consultation_comments WHERE consultation_id = $1), 0) AS newest",
    )
    .bind(c.id)
    .fetch_one(&state.db.pool)
    .await?;
    Ok((row.try_get("n")?, row.try_get("newest")?))
}

/// The parts' HTML for this reader (the first string; the second is `welsh` when there
/// is a Welsh version), shared rather than copied: a long document's is half a megabyte.
pub async fn parts_html(
    state: &AppState,
    ctx: &RequestContext,
    c: &Consultation,
    both: bool,
) -> AppResult<std::sync::Arc<Vec<String>>> {
    let (count, newest) = comments_stamp(state, c).await?;
    let key = format!(
        "consultation-parts:{}:{}:{}:{both}:{count}:{newest}",
        c.id.0,
        c.current_version.unwrap_or(0),
        ctx.lang.code()
    );
    if let Some(hit) = state.render_cache.get(&key) {
        return Ok(hit);
    }
    let parts = rendered_parts(state, ctx, c).await?;
    let has_welsh = parts.chunks_exact(4).any(|p| !p[3].is_empty());
    let counts = model::comment_counts(&state.db, c.id).await?;
    // One Fluent call per distinct count; the part's number is put in after.
    let mut words: HashMap<i64, String> = HashMap::new();
    let blocks = parts
        .chunks_exact(4)
        .enumerate()
        .map(|(n, part)| {
            let count = part[0]
                .parse::<i64>()
                .ok()
                .and_then(|id| counts.get(&id).copied())
                .unwrap_or(0);
            let text = words.entry(count).or_insert_with(|| {
                ctx.lang.t_args(
                    "consult-comments-on",
                    &[("count", count.into()), ("part", "\u{1}".into())],
                )
            });
            PartView {
                id: &part[0],
                kind: &part[1],
                html: &part[2],
                html_cy: &part[3],
                link: text.replace('\u{1}', &(n + 1).to_string()),
            }
        })
        .collect();
    let view = DocumentView {
        slug: &c.slug,
        blocks,
        both: both && has_welsh,
        welsh_reader: ctx.lang == Lang::Cy,
    };
    let html = view
        .render()
        .map_err(|e| crate::error::AppError::Internal(e.into()))?;
    let marker = if has_welsh { "welsh" } else { "" };
    Ok(state
        .render_cache
        .get_or(&key, || vec![html, marker.to_string()]))
}
