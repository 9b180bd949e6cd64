//! Who may read a page. Most pages are for everyone; a page marked "consortium members
//! only" (and its history, diffs, talk, watch mail and the files uploaded for it) is for
//! the consortium's current members' representatives and coordinators, and for anyone
//! else it does not exist: its address answers 404 and lists, feeds and search leave it
//! out. A new subpage of such a page, and a redirect to one, are members-only from their
//! first revision.

use super::model::Page;
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::http::RequestContext;
use crate::storage::Db;

/// The condition, on `wiki_pages` aliased `p`, that leaves members-only pages out.
pub const PUBLIC_PAGES_ONLY: &str = "p.members_only = 0";

/// The page ids a list or search leaves out for readers outside the members.
pub const MEMBERS_ONLY_IDS: &str = "SELECT id FROM wiki_pages WHERE members_only = 1";

/// Whether the person asking reads members-only pages: a coordinator, or someone who
/// represents a current member of the consortium. Visitors cost no query.
pub async fn sees_members_only(db: &Db, ctx: &RequestContext) -> AppResult<bool> {
    match &ctx.user {
        None => Ok(false),
        Some(_) if ctx.is_coordinator() => Ok(true),
        Some(user) => account_sees_members_only(db, user.id.0, user.role).await,
    }
}

/// Whether the account `user_id` with `role` reads members-only pages (for mail, where
/// there is no request).
pub async fn account_sees_members_only(db: &Db, user_id: i64, role: Role) -> AppResult<bool> {
    if role >= Role::Coordinator {
        return Ok(true);
    }
    crate::consortium::model::is_current_representative(db, user_id).await
}

/// Whether the person asking may read `page`.
pub async fn may_read(db: &Db, ctx: &RequestContext, page: &Page) -> AppResult<bool> {
    if !page.members_only {
        return Ok(true);
    }
    sees_members_only(db, ctx).await
}

/// Refuses a page the person may not read as not found, so nothing is revealed.
pub async fn require_readable(db: &Db, ctx: &RequestContext, page: &Page) -> AppResult<()> {
    if may_read(db, ctx, page).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
