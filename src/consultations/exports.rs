//! Open data of a consultation: every public comment as CSV (cells a spreadsheet would run
//! are neutralised) and JSON, and an Atom feed of the newest. Only what the pages show: the
//! name the person commented under, the part, the version, the text, the time and how
//! many agree; never an e-mail address or account.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::model::{self, Comment};
use super::read::visible;
use crate::error::AppResult;
use crate::http::download::csv_download;
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::atom::{atom_entry, atom_response};
use crate::views::rfc3339 as time;

pub async fn csv(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let comments = model::all_visible(&state.db, c.id).await?;
    let header = [
        "id",
        "part",
        "version",
        "in_reply_to",
        "name",
        "comment",
        "agree",
        "written_at",
    ];
    let rows = comments.iter().map(|m: &Comment| {
        vec![
            m.id.0.to_string(),
            m.block_id.map(|b| b.to_string()).unwrap_or_default(),
            m.version_number.to_string(),
            m.parent_id.map(|p| p.0.to_string()).unwrap_or_default(),
            m.author_name.clone(),
            m.body.clone(),
            m.support.to_string(),
            time(m.created_at),
        ]
    });
    csv_download(&format!("{slug}-comments.csv"), &header, rows)
}

pub async fn json(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let comments: Vec<serde_json::Value> = model::all_visible(&state.db, c.id)
        .await?
        .iter()
        .map(|m| {
            json!({
                "id": m.id.0,
                "part": m.block_id,
                "version": m.version_number,
                "in_reply_to": m.parent_id.map(|p| p.0),
                "name": m.author_name,
                "comment": m.body,
                "agree": m.support,
                "written_at": time(m.created_at),
            })
        })
        .collect();
    let body = json!({
        "consultation": c.fields.title,
        "url": state.config.link(&format!("/consultations/{slug}")),
        "licence": "CC-BY-4.0",
        "count": comments.len(),
        "comments": comments,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

pub async fn atom(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let mut comments = model::all_visible(&state.db, c.id).await?;
    comments.reverse();
    let entries = comments
        .iter()
        .take(50)
        .map(|m| {
            let link = state.config.link(&match m.block_id {
                Some(b) => format!("/consultations/{slug}/blocks/{b}#comment-{}", m.id.0),
                None => format!("/consultations/{slug}#comment-{}", m.id.0),
            });
            atom_entry(
                link.clone(),
                &m.author_name,
                link,
                m.created_at,
                m.body.chars().take(500).collect(),
            )
        })
        .collect();
    Ok(atom_response(
        &state.config,
        &ctx,
        &format!("/consultations/{slug}"),
        "consult-feed-title",
        entries,
    ))
}
