//! The per-request data every handler and template reads: who is signed in, the language,
//! the CSRF token, the client address, the path and the flash message. The page middleware
//! in `app::page_context` builds it; this module depends on no domain.

use std::net::IpAddr;
use std::sync::{Arc, OnceLock};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::auth::model::User;
use crate::error::AppError;
use crate::i18n::Lang;

pub const LANG_COOKIE: &str = "coproduce_lang";
/// Largest body the middleware buffers to check a form's CSRF token (uploads included;
/// ordinary forms are held to axum's 2 MB form limit after this).
pub const MAX_FORM_BYTES: usize = 12 * 1024 * 1024;

/// The CSRF token of a request's browser: bound to its session or to its CSRF cookie, or,
/// for a visitor who has neither yet, to a fresh secret made the first time a form asks
/// for the token (the page middleware then sets the cookie). A page without forms, like a
/// visitor's cached wiki page, makes none and sets no cookie.
#[derive(Clone, Debug)]
pub struct CsrfToken {
    binding: Option<String>,
    fresh: Arc<OnceLock<String>>,
    token: Arc<OnceLock<String>>,
}

impl CsrfToken {
    /// A token bound to `binding` (a session token or an existing CSRF cookie), or made
    /// on demand when `None`.
    pub fn new(binding: Option<String>) -> CsrfToken {
        CsrfToken {
            binding,
            fresh: Arc::default(),
            token: Arc::default(),
        }
    }

    /// The token forms carry.
    pub fn value(&self) -> &str {
        self.token.get_or_init(|| {
            let binding = match &self.binding {
                Some(binding) => binding.as_str(),
                None => self.fresh.get_or_init(crate::auth::secret::random_token),
            };
            super::csrf::token_for(binding)
        })
    }

    /// Whether anything asked for the token (the page has a form bound to this browser).
    pub fn used(&self) -> bool {
        self.token.get().is_some()
    }

    /// The fresh secret made for this request, if one was: it goes in the CSRF cookie.
    pub fn minted(&self) -> Option<&str> {
        self.fresh.get().map(String::as_str)
    }
}

/// Everything handlers and templates need to know about the request.
#[derive(Clone, Debug)]
pub struct RequestContext {
    pub lang: Lang,
    pub user: Option<User>,
    /// The session cookie's value, when signed in.
    pub session_token: Option<String>,
    /// This browser's CSRF token, made when a form needs it.
    pub csrf: CsrfToken,
    pub client_ip: IpAddr,
    pub path: String,
    pub query: Option<String>,
    /// Fluent id of the flash message to show on this page.
    pub flash: Option<String>,
}

impl RequestContext {
    /// Whether the person is signed in as a coordinator or admin.
    pub fn is_coordinator(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role >= crate::auth::role::Role::Coordinator)
    }

    /// This page in the other language.
    pub fn switch_language_href(&self) -> String {
        let other = self.lang.other().code();
        let kept: Vec<(String, String)> = self
            .query
            .as_deref()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .filter(|(k, _)| k != "lang")
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &kept {
            serializer.append_pair(k, v);
        }
        serializer.append_pair("lang", other);
        format!("{}?{}", self.path, serializer.finish())
    }

    /// The signed-in user, or a redirect to sign in and come back here.
    pub fn require_user(&self) -> Result<&User, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::SignInRequired {
            next: self.path.clone(),
        })
    }
}

/// Extractor for the [`RequestContext`] the middleware stored.
pub struct Ctx(pub RequestContext);

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .map(Ctx)
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("request context missing")))
    }
}

/// The cookie that remembers a chosen language for a year.
pub fn lang_cookie(config: &crate::config::Config, lang: Lang) -> Cookie<'static> {
    Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies())
        .max_age(::cookie::time::Duration::days(365))
        .build()
}
