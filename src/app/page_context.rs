//! The page middleware. For every request it: finds the signed-in user from the session
//! cookie; settles the language (`?lang=` → cookie → profile → `Accept-Language` → English)
//! and remembers an explicit choice; issues the anonymous CSRF cookie; refuses
//! state-changing requests that fail the CSRF checks; reads the flash message. After the
//! handler, it dresses bare error responses as translated error pages and sets the cookies
//! it decided on.

use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use crate::auth::session;
use crate::error::ErrorPage;
use crate::http::context::{lang_cookie, LANG_COOKIE, MAX_FORM_BYTES};
use crate::http::{client_ip, csrf, flash, multipart, RequestContext};
use crate::i18n::{self, Lang};
use crate::state::AppState;
use crate::views::Layout;

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorTemplate {
    layout: Layout,
    status: u16,
    heading: String,
    detail: String,
}

/// The middleware; see the module documentation.
pub async fn page_context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let secure = state.config.secure_cookies();
    let jar = CookieJar::from_headers(&parts.headers);
    let mut set_cookies: Vec<Cookie<'static>> = Vec::new();

    // Who is signed in.
    let mut session_token = jar
        .get(session::SESSION_COOKIE)
        .map(|c| c.value().to_string());
    let mut user = None;
    let mut lookup_failed = false;
    if let Some(token) = &session_token {
        match session::user_for(&state.db, token).await {
            Ok(found) => user = found,
            Err(e) => {
                tracing::error!(error = ?e, "session lookup failed");
                lookup_failed = true;
            }
        }
        if user.is_none() && !lookup_failed {
            set_cookies.push(session::removal_cookie(&state.config));
            session_token = None;
        }
    }

    // Which language.
    let query = parts.uri.query().map(str::to_string);
    let requested = query.as_deref().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_code(&v))
    });
    let lang = if let Some(lang) = requested {
        set_cookies.push(lang_cookie(&state.config, lang));
        // The profile keeps the choice only when the person made it on this site: a link
        // or an image on another site must not change a stored setting (the cookie still
        // remembers it for this browser). Browsers say where a request came from in
        // `Sec-Fetch-Site`; a client that sends none is taken at its word.
        let chosen_here = parts
            .headers
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_none_or(|v| v == "same-origin" || v == "none");
        if let Some(u) = user.as_ref().filter(|_| chosen_here) {
            if u.lang != lang {
                if let Err(e) = crate::auth::model::set_lang(&state.db, u.id, lang).await {
                    // The cookie still remembers the choice; the profile catches up next time.
                    tracing::warn!(error = ?e, "could not save the language to the profile");
                }
            }
        }
        lang
    } else if let Some(lang) = jar
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_code(c.value()))
    {
        lang
    } else if let Some(u) = &user {
        u.lang
    } else {
        parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(i18n::from_accept_language)
            .unwrap_or(Lang::En)
    };

    // The CSRF token for this browser: bound to the session, or to the CSRF cookie, or
    // made (with the cookie) only if this request shows or checks a form.
    let binding = session_token.clone().or_else(|| {
        jar.get(csrf::COOKIE)
            .map(|c| c.value().to_string())
            .filter(|v| v.len() >= 32)
    });
    let csrf = crate::http::context::CsrfToken::new(binding);

    let flash_key = jar
        .get(flash::FLASH_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| flash::is_valid_key(v));
    let had_flash_cookie = jar.get(flash::FLASH_COOKIE).is_some();

    let ctx = RequestContext {
        lang,
        user,
        session_token,
        csrf,
        client_ip: client_ip::client_ip(
            &parts.headers,
            &parts.extensions,
            &state.config.trusted_proxies,
        ),
        path: parts.uri.path().to_string(),
        query,
        flash: flash_key,
    };

    if lookup_failed {
        let failed = crate::error::error_response(StatusCode::INTERNAL_SERVER_ERROR, None);
        return finish(&ctx, failed, set_cookies, false, secure);
    }

    // Refuse forged state changes before any handler runs.
    let body = if csrf::needs_check(&parts.method) {
        // Read under the same time limit as the handler, so a slow body cannot hold the
        // connection for ever.
        let read = tokio::time::timeout(
            state.config.request_timeout,
            axum::body::to_bytes(body, MAX_FORM_BYTES),
        )
        .await;
        let bytes: Bytes = match read {
            Ok(Ok(b)) => b,
            Err(_) => {
                return finish(
                    &ctx,
                    crate::error::error_response(StatusCode::REQUEST_TIMEOUT, None),
                    set_cookies,
                    false,
                    secure,
                )
            }
            Ok(Err(_)) => {
                return finish(
                    &ctx,
                    crate::error::error_response(StatusCode::PAYLOAD_TOO_LARGE, None),
                    set_cookies,
                    false,
                    secure,
                )
            }
        };
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let submitted = if parts.headers.contains_key(csrf::HEADER)
            || !multipart::is_multipart(&content_type)
        {
            csrf::submitted_token(&parts.headers, &bytes)
        } else {
            multipart::parse(&content_type, bytes.clone())
                .await
                .and_then(|p| multipart::field(&p, csrf::FIELD).map(multipart::Part::text))
        };
        let forged = csrf::is_cross_site(&parts.headers, &state.config.base_url)
            || !csrf::token_matches(ctx.csrf.value(), submitted.as_deref());
        if forged {
            tracing::warn!(path = %ctx.path, "refused a request that failed the CSRF check");
            let refused = crate::error::error_response(StatusCode::FORBIDDEN, Some("error-csrf"));
            return finish(&ctx, refused, set_cookies, false, secure);
        }
        Body::from(bytes)
    } else {
        body
    };

    parts.extensions.insert(ctx.clone());
    let changes_state = csrf::needs_check(&parts.method);
    let response = next.run(Request::from_parts(parts, body)).await;
    // Anything changed through this instance must not be hidden by the visitors' cache.
    if changes_state && !response.status().is_client_error() {
        state.page_cache.clear();
    }
    finish(&ctx, response, set_cookies, had_flash_cookie, secure)
}

/// Dresses errors, sets cookies, clears a shown flash and marks private pages no-store.
fn finish(
    ctx: &RequestContext,
    response: Response,
    set_cookies: Vec<Cookie<'static>>,
    had_flash_cookie: bool,
    secure: bool,
) -> Response {
    let mut response = dress_error(ctx, response);
    let mut set_cookies = set_cookies;
    if let Some(secret) = ctx.csrf.minted() {
        set_cookies.push(
            Cookie::build((csrf::COOKIE, secret.to_string()))
                .path("/")
                .http_only(true)
                .same_site(SameSite::Lax)
                .secure(secure)
                .build(),
        );
    }
    let headers = response.headers_mut();
    let sets_flash = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(flash::FLASH_COOKIE.as_bytes()));
    for cookie in set_cookies {
        if let Ok(value) = HeaderValue::from_str(&cookie.encoded().to_string()) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    if had_flash_cookie && !sets_flash {
        let clear = format!(
            "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
            flash::FLASH_COOKIE
        );
        if let Ok(value) = HeaderValue::from_str(&clear) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    // On an HTTPS site every cookie is `Secure`, whoever wrote it (the flash cookie is
    // written without knowing the configuration).
    if secure {
        if let header::Entry::Occupied(mut cookies) = headers.entry(header::SET_COOKIE) {
            for value in cookies.iter_mut() {
                let text = value.to_str().unwrap_or_default();
                if !text.contains("; Secure") {
                    if let Ok(marked) = HeaderValue::from_str(&format!("{text}; Secure")) {
                        *value = marked;
                    }
                }
            }
        }
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        let policy = if ctx.user.is_some() || is_personal_link(&ctx.path) {
            "no-store"
        } else {
            "private, no-cache"
        };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// Pages reached by a personal link (a registration, a poll answer, a private calendar),
/// which nothing may keep a copy of.
const PERSONAL_LINK_PREFIXES: [&str; 3] = [
    "/events/registration/",
    "/meetings/poll/",
    "/calendar/private/",
];

fn is_personal_link(path: &str) -> bool {
    PERSONAL_LINK_PREFIXES.iter().any(|p| path.starts_with(p))
}

/// Replaces the body of a bare error response with the translated error page.
fn dress_error(ctx: &RequestContext, response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let marker = response.extensions().get::<ErrorPage>().cloned();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if marker.is_none() && is_html {
        return response;
    }
    let code = status.as_u16();
    let known = [400, 403, 404, 405, 408, 413, 422, 429, 500, 503];
    let key = if known.contains(&code) {
        code
    } else if code >= 500 {
        500
    } else {
        400
    };
    let lang = ctx.lang;
    let detail = marker
        .and_then(|m| m.detail_key)
        .map(|k| lang.t(k))
        .unwrap_or_else(|| lang.t(&format!("error-{key}-detail")));
    let template = ErrorTemplate {
        layout: Layout::new(ctx, &format!("error-{key}-title")),
        status: code,
        heading: lang.t(&format!("error-{key}-title")),
        detail,
    };
    let (mut parts, _) = response.into_parts();
    match template.render() {
        Ok(html) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            parts.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            Response::from_parts(parts, Body::from(html))
        }
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (status, Html(lang.t(&format!("error-{key}-title")))).into_response()
        }
    }
}
