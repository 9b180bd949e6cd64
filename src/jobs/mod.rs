//! Durable background jobs: work that must not be lost when a process stops (an import,
//! reminders, clean-ups). `queue` owns the `jobs` table (queue, claim with a lease, renew,
//! complete, retry with back-off); `worker` runs the jobs it claims through a [`Registry`]
//! of handlers, and queues periodic jobs once per period however many instances run.
//!
//! This module knows no domain: the composition root (`app::jobs`) registers each domain's
//! handler by kind.

pub mod queue;
pub mod worker;

pub use queue::{enqueue, enqueue_in, Job};
pub use worker::{JobRun, Registry};
