//! Prometheus metrics, served at `/metrics`: requests by route, method and status, their
//! durations, and the e-mail outbox backlog. The registry lives in the application state
//! (no global recorder), so tests can build many apps side by side.

use std::sync::atomic::AtomicU64;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::error::AppResult;
use crate::state::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Family<RouteLabels, Histogram>,
    outbox_pending: Gauge<i64, std::sync::atomic::AtomicI64>,
    /// The password-hashing queue: waiting, running, and the most ever run at once.
    hashes: [Gauge<i64, std::sync::atomic::AtomicI64>; 3],
    started: Gauge<f64, AtomicU64>,
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("coproduce");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route, method and status",
            requests.clone(),
        );
        let durations = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0005, 2.0, 16))
        });
        registry.register(
            "http_request_duration_seconds",
            "Time to produce a response",
            durations.clone(),
        );
        let outbox_pending = Gauge::default();
        registry.register(
            "outbox_pending_messages",
            "E-mails waiting to be sent",
            outbox_pending.clone(),
        );
        let hashes: [Gauge<i64, std::sync::atomic::AtomicI64>; 3] = Default::default();
        for (gauge, (name, help)) in hashes.iter().zip([
            (
                "password_hashes_waiting",
                "Password hashes waiting for a slot",
            ),
            ("password_hashes_running", "Password hashes running now"),
            (
                "password_hashes_peak",
                "The most password hashes run at once since start",
            ),
        ]) {
            registry.register(name, help, gauge.clone());
        }
        let started = Gauge::<f64, AtomicU64>::default();
        started.set(chrono::Utc::now().timestamp() as f64);
        registry.register(
            "start_time_seconds",
            "When this instance started (Unix time)",
            started.clone(),
        );
        Metrics {
            registry,
            requests,
            durations,
            outbox_pending,
            hashes,
            started,
        }
    }

    fn render(&self) -> AppResult<String> {
        let mut text = String::new();
        encode(&mut text, &self.registry).map_err(|e| anyhow::anyhow!("metrics: {e}"))?;
        Ok(text)
    }

    /// Seconds since the Unix epoch when this instance started.
    pub fn start_time(&self) -> f64 {
        self.started.get()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

/// Middleware: counts and times every request by its route pattern.
impl Metrics {
    /// Counts a visitor's page answered from the cache before routing.
    pub fn count_cached_view(&self, status: u16) {
        self.requests
            .get_or_create(&RequestLabels {
                method: "GET".to_string(),
                route: "(visitors' page cache)".to_string(),
                status,
            })
            .inc();
    }
}

pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = req.method().to_string();
    let start = Instant::now();
    let response = next.run(req).await;
    let metrics = &state.metrics;
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route: route.clone(),
            status: response.status().as_u16(),
        })
        .inc();
    metrics
        .durations
        .get_or_create(&RouteLabels { route })
        .observe(start.elapsed().as_secs_f64());
    response
}

/// `GET /metrics`, in the Prometheus text format, for a scraper that sends the configured
/// token (`Authorization: Bearer …`); 404 for everyone else, and for everyone when no token
/// is configured.
pub async fn show_metrics(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let allowed = match (&state.config.metrics_token, given) {
        (Some(token), Some(given)) => crate::auth::secret::same_secret(token, given.trim()),
        _ => false,
    };
    if !allowed {
        return Err(crate::error::AppError::NotFound);
    }
    let pending = crate::mail::outbox::pending_count(&state.db).await?;
    state.metrics.outbox_pending.set(pending);
    let (waiting, running, peak) = crate::auth::password::hashing_load();
    for (gauge, value) in state.metrics.hashes.iter().zip([waiting, running, peak]) {
        gauge.set(i64::try_from(value).unwrap_or(i64::MAX));
    }
    let body = state.metrics.render()?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response())
}
