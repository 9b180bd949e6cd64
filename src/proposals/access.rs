//! Who sees a proposal: its drafts, sections, budget and attachments are for members'
//! representatives and coordinators; once a version is submitted, anyone sees the
//! submitted version, the funder's answer and the timeline. Freezing, submitting and
//! recording the answer are for coordinators and the bid facilitator.

use super::model::{self, Proposal};
use crate::consortium::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::http::RequestContext;
use crate::state::AppState;

/// The proposal named in the path, if this person may see it at all, with their standing.
pub async fn visible(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
) -> AppResult<(Proposal, Standing)> {
    let p = model::find_proposal(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = Standing::of(state, ctx).await?;
    if !standing.is_inside() && p.submitted_version.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((p, standing))
}

/// The proposal, for the members' drafting pages only.
pub async fn drafting(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
) -> AppResult<(Proposal, Standing)> {
    let (p, standing) = visible(state, ctx, slug).await?;
    standing.require_inside()?;
    Ok((p, standing))
}

/// The proposal, for coordinators and the facilitator (freezing, submitting, the answer).
pub async fn leading(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
) -> AppResult<(Proposal, Standing)> {
    let (p, standing) = drafting(state, ctx, slug).await?;
    standing.require_proposer()?;
    Ok((p, standing))
}
