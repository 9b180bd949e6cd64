//! `serve --demo`: loads what the founding document gives us and a demo admin, and returns
//! a one-time sign-in link for that admin. Idempotent: running it again adds nothing twice.
//! Later capabilities (wiki, directory, meetings, …) add their founding content here.

use crate::auth::model::{self, NewUser};
use crate::auth::role::Role;
use crate::auth::tokens::{self, Purpose};
use crate::config::Config;
use crate::i18n::Lang;
use crate::storage::Db;

pub const DEMO_ADMIN_EMAIL: &str = "demo-admin@example.org";
/// The account the founding content is attributed to.
pub const FOUNDER_EMAIL: &str = "opengovpioneers@example.org";

/// Loads the demo and returns a sign-in link for the demo admin.
pub async fn load(db: &Db, config: &Config) -> anyhow::Result<String> {
    let err = |e: crate::error::AppError| anyhow::anyhow!("{e:?}");
    let accounts = [
        (DEMO_ADMIN_EMAIL, "Demo admin", Role::Admin),
        (FOUNDER_EMAIL, "Open Government Pioneers", Role::Coordinator),
    ];
    for (email, name, role) in accounts {
        if model::find_by_email(db, email)
            .await
            .map_err(err)?
            .is_none()
        {
            model::create_user(
                db,
                NewUser {
                    email,
                    name,
                    password_hash: None,
                    role,
                    lang: Lang::En,
                    email_confirmed: true,
                },
            )
            .await
            .map_err(err)?;
        }
    }
    let founder = model::find_by_email(db, FOUNDER_EMAIL).await.map_err(err)?;
    crate::wiki::demo::load(db, founder.map(|f| f.id.0))
        .await
        .map_err(err)?;
    crate::orgs::demo::load(db).await.map_err(err)?;
    crate::events::demo::load(db).await.map_err(err)?;
    crate::consultations::demo::load(db).await.map_err(err)?;
    crate::consortium::demo::load(db, config)
        .await
        .map_err(err)?;
    crate::proposals::demo::load(db).await.map_err(err)?;
    crate::plan::demo::load(db).await.map_err(err)?;
    let admin = model::find_by_email(db, DEMO_ADMIN_EMAIL)
        .await
        .map_err(err)?
        .ok_or_else(|| anyhow::anyhow!("the demo admin was not created"))?;
    let token = tokens::issue(db, admin.id, Purpose::SignIn, None)
        .await
        .map_err(err)?;
    Ok(config.link(&format!("/sign-in-link/{token}")))
}
