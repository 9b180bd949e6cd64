//! A cookie-keeping client that drives the router in process, like one browser.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Request};
use coproduce::auth::session::SESSION_COOKIE;
use coproduce::http::csrf;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct TestResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    }

    pub fn html(&self) -> super::html::Page {
        super::html::Page::parse(&self.body)
    }

    #[track_caller]
    pub fn assert_status(&self, status: u16) -> &Self {
        assert_eq!(
            self.status, status,
            "unexpected status; body:\n{}",
            self.body
        );
        self
    }

    #[track_caller]
    pub fn assert_redirect(&self, to: &str) -> &Self {
        assert_eq!(
            self.status, 303,
            "expected a redirect; body:\n{}",
            self.body
        );
        assert_eq!(self.location(), to);
        self
    }
}

pub struct Client {
    router: axum::Router,
    cookies: Mutex<HashMap<String, String>>,
    pub peer: Mutex<SocketAddr>,
    pub extra_headers: Mutex<Vec<(String, String)>>,
}

impl Client {
    pub fn new(router: axum::Router) -> Client {
        Client {
            router,
            cookies: Mutex::new(HashMap::new()),
            peer: Mutex::new(SocketAddr::from(([127, 0, 0, 1], 40000))),
            extra_headers: Mutex::new(Vec::new()),
        }
    }

    /// The same browser talking to another router (another instance).
    pub fn via(&self, router: axum::Router) -> Client {
        Client {
            router,
            cookies: Mutex::new(self.cookies.lock().unwrap().clone()),
            peer: Mutex::new(*self.peer.lock().unwrap()),
            extra_headers: Mutex::new(Vec::new()),
        }
    }

    pub fn set_peer(&self, addr: &str) {
        *self.peer.lock().unwrap() = addr.parse().expect("socket address");
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().unwrap().get(name).cloned()
    }

    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies
            .lock()
            .unwrap()
            .insert(name.to_string(), value.to_string());
    }

    /// The CSRF token this browser's forms carry (as the server derives it).
    pub async fn csrf_token(&self) -> String {
        if let Some(session) = self.cookie(SESSION_COOKIE) {
            return csrf::token_for(&session);
        }
        if self.cookie(csrf::COOKIE).is_none() {
            // A page with a form: the cookie comes with the first form a browser is shown.
            self.get("/sign-in").await;
        }
        csrf::token_for(&self.cookie(csrf::COOKIE).expect("csrf cookie"))
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path), Body::empty()).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder, Body::empty()).await
    }

    /// Posts a form with this browser's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        let body = serde_urlencoded::to_string(&all).expect("encode form");
        self.post_raw(
            path,
            "application/x-www-form-urlencoded",
            body.into_bytes(),
            &[],
        )
        .await
    }

    /// Posts `multipart/form-data` with this browser's CSRF token, text fields and a file.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> TestResponse {
        let token = self.csrf_token().await;
        let boundary = "----coproduce-test-boundary";
        let mut body = Vec::new();
        let mut text_part = |name: &str, value: &str| {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        };
        text_part("csrf_token", &token);
        for (name, value) in fields {
            text_part(name, value);
        }
        if let Some((file_name, data)) = file {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            body,
            &[],
        )
        .await
    }

    /// Posts exactly the given bytes and headers (no token added).
    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut builder = Request::post(path).header(header::CONTENT_TYPE, content_type);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder, Body::from(body)).await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> TestResponse {
        self.post_form("/sign-in", &[("email", email), ("password", password)])
            .await
    }

    async fn send(&self, mut builder: axum::http::request::Builder, body: Body) -> TestResponse {
        let cookie_header = {
            let cookies = self.cookies.lock().unwrap();
            cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ")
        };
        if !cookie_header.is_empty() {
            builder = builder.header(header::COOKIE, cookie_header);
        }
        for (k, v) in self.extra_headers.lock().unwrap().iter() {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let mut request = builder.body(body).expect("request");
        request
            .extensions_mut()
            .insert(ConnectInfo(*self.peer.lock().unwrap()));
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body = String::from_utf8_lossy(&bytes).to_string();
        let mut cookies = self.cookies.lock().unwrap();
        for set in headers.get_all(header::SET_COOKIE) {
            let Ok(text) = set.to_str() else { continue };
            let first = text.split(';').next().unwrap_or("");
            let Some((name, value)) = first.split_once('=') else {
                continue;
            };
            let removed = text.to_ascii_lowercase().contains("max-age=0");
            if removed || value.is_empty() {
                cookies.remove(name.trim());
            } else {
                cookies.insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        TestResponse {
            status,
            headers,
            body,
        }
    }
}
