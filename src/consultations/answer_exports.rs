//! Open data of the answers: every answer of every counted response as CSV (formula-safe)
//! and JSON, under the name the respondent chose to publish ("anonymous" otherwise) and
//! the organisation they answered for; never an address. Coordinators also get every
//! response with the respondent's details (`responses.csv`), which no visitor can reach.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::model;
use super::read::visible;
use crate::error::AppResult;
use crate::http::download::csv_download;
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::rfc3339 as time;

/// The published answers with their question's words.
async fn rows(
    state: &AppState,
    id: model::ConsultationId,
) -> AppResult<Vec<(model::PublicAnswer, String)>> {
    let questions = model::questions(&state.db, id).await?;
    Ok(model::public_answers(&state.db, id)
        .await?
        .into_iter()
        .map(|a| {
            let prompt = questions
                .iter()
                .find(|q| q.id == a.question_id)
                .map(|q| q.prompt.clone())
                .unwrap_or_default();
            (a, prompt)
        })
        .collect())
}

/// `GET /consultations/{slug}/answers.csv`.
pub async fn answers_csv(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let header = [
        "response",
        "question",
        "question_text",
        "name",
        "organisation",
        "received_via",
        "answer",
        "sent_at",
    ];
    let rows = rows(&state, c.id).await?.into_iter().map(|(a, prompt)| {
        vec![
            a.response_id.0.to_string(),
            a.question_id.0.to_string(),
            prompt,
            if a.name.is_empty() {
                "anonymous".to_string()
            } else {
                a.name
            },
            a.organisation,
            a.received_via.code().to_string(),
            a.value,
            time(a.submitted_at),
        ]
    });
    csv_download(&format!("{slug}-answers.csv"), &header, rows)
}

/// `GET /consultations/{slug}/answers.json`.
pub async fn answers_json(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let answers: Vec<serde_json::Value> = rows(&state, c.id)
        .await?
        .into_iter()
        .map(|(a, prompt)| {
            json!({
                "response": a.response_id.0,
                "question": a.question_id.0,
                "question_text": prompt,
                "name": if a.name.is_empty() { None } else { Some(a.name) },
                "organisation": if a.organisation.is_empty() { None } else { Some(a.organisation) },
                "received_via": a.received_via.code(),
                "answer": a.value,
                "sent_at": time(a.submitted_at),
            })
        })
        .collect();
    let body = json!({
        "consultation": c.fields.title,
        "url": state.config.link(&format!("/consultations/{slug}")),
        "licence": "CC-BY-4.0",
        "count": answers.len(),
        "answers": answers,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

/// `GET /consultations/{slug}/responses.csv`: coordinators only (names and addresses).
pub async fn responses_csv(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let header = [
        "response",
        "name",
        "email",
        "organisation",
        "publish_name",
        "received_via",
        "sent",
        "email_confirmed",
        "updated_at",
    ];
    let rows = model::all_responses(&state.db, c.id)
        .await?
        .into_iter()
        .map(|r| {
            vec![
                r.id.0.to_string(),
                r.respondent.name,
                r.respondent.email,
                r.organisation_name,
                r.respondent.publish_name.to_string(),
                r.received_via.code().to_string(),
                r.submitted.to_string(),
                r.email_confirmed.to_string(),
                time(r.updated_at),
            ]
        });
    csv_download(&format!("{slug}-responses.csv"), &header, rows)
}
