//! Passwords: argon2id hashing and the policy a new password must meet.
//!
//! The policy follows NCSC and NIST SP 800-63B: at least [`MIN_LENGTH`] characters, at most
//! [`MAX_LENGTH`] (argon2 cost is bounded), not one of the most common passwords and not the
//! person's own e-mail address; no composition rules. The common-password list
//! (`common-passwords.txt`) gathers the passwords that top the widely published breach
//! frequency lists.
//!
//! Hashing is deliberately slow and memory-hungry, so requests never do it on their own
//! threads: [`hash_async`] and [`verify_async`] run it on the blocking pool, at most
//! [`hashing_slots`] at once (memory stays bounded), and a request that cannot get a slot
//! within [`SLOT_WAIT`] is told to try again (429 with `Retry-After`) instead of queueing
//! behind everyone else.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 256;

const COMMON: &str = include_str!("common-passwords.txt");

/// Why a proposed password is refused (each maps to a Fluent message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    Missing,
    TooShort,
    TooLong,
    TooCommon,
    SameAsEmail,
}

impl PasswordProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::Missing => "error-password-missing",
            PasswordProblem::TooShort => "error-password-too-short",
            PasswordProblem::TooLong => "error-password-too-long",
            PasswordProblem::TooCommon => "error-password-common",
            PasswordProblem::SameAsEmail => "error-password-same-as-email",
        }
    }
}

/// Checks a new password against the policy.
pub fn check_policy(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length == 0 {
        return Err(PasswordProblem::Missing);
    }
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    if is_common(password) {
        return Err(PasswordProblem::TooCommon);
    }
    let email = email.trim().to_lowercase();
    if !email.is_empty() && password.trim().to_lowercase() == email {
        return Err(PasswordProblem::SameAsEmail);
    }
    Ok(())
}

/// Whether the password is on the common list (ignoring case and surrounding spaces).
pub fn is_common(password: &str) -> bool {
    let candidate = password.trim().to_lowercase();
    COMMON.lines().any(|line| line.trim() == candidate)
}

/// An argon2id PHC string for `password` with a fresh salt.
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
}

/// How long a request waits for a hashing slot before it is told to come back.
pub const SLOT_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Hashes run at once: one per core, at least two.
pub fn hashing_slots() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().max(2))
}

fn slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(hashing_slots()))
}

static IN_FLIGHT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static WAITING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The most hashes that have run at the same moment since the process started (for
/// metrics and tests: it never exceeds [`hashing_slots`]).
pub fn peak_concurrent_hashes() -> usize {
    PEAK.load(std::sync::atomic::Ordering::SeqCst)
}

/// The hashing queue now: (waiting for a slot, running, the most ever run at once), for
/// `/metrics`.
pub fn hashing_load() -> (usize, usize, usize) {
    use std::sync::atomic::Ordering;
    (
        WAITING.load(Ordering::SeqCst),
        IN_FLIGHT.load(Ordering::SeqCst),
        PEAK.load(Ordering::SeqCst),
    )
}

/// Runs `work` on the blocking pool once a hashing slot is free.
async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> crate::error::AppResult<T> {
    use std::sync::atomic::Ordering;
    WAITING.fetch_add(1, Ordering::SeqCst);
    let waited = tokio::time::timeout(SLOT_WAIT, slots().acquire()).await;
    WAITING.fetch_sub(1, Ordering::SeqCst);
    let Ok(Ok(permit)) = waited else {
        return Err(crate::error::AppError::TooManyRequests {
            retry_after_secs: 5,
        });
    };
    let result = tokio::task::spawn_blocking(move || {
        let now = IN_FLIGHT.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(now, Ordering::SeqCst);
        let out = work();
        IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
        out
    })
    .await
    .map_err(|e| anyhow::anyhow!("hashing task failed: {e}"));
    drop(permit);
    Ok(result?)
}

/// [`hash`] off the request's thread, bounded (see the module documentation).
pub async fn hash_async(password: &str) -> crate::error::AppResult<String> {
    let password = password.to_string();
    Ok(off_thread(move || hash(&password)).await??)
}

/// [`verify`] off the request's thread, bounded; `stored` `None` spends the same effort
/// on a dummy hash (an unknown account) and never matches.
pub async fn verify_async(password: &str, stored: Option<&str>) -> crate::error::AppResult<bool> {
    let password = password.to_string();
    let stored = stored.map(str::to_string);
    off_thread(move || match stored {
        Some(stored) => verify(&password, &stored),
        None => {
            verify_dummy(&password);
            false
        }
    })
    .await
}

/// Whether `password` matches the stored hash. A malformed hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the same effort as a real verification, so that a sign-in for an unknown
/// account takes about as long as one for a known account.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if let Some(stored) = DUMMY.get_or_init(|| hash("dummy password for timing").ok()) {
        let _ = verify(password, stored);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_refuses_short_common_and_email_passwords() {
        assert_eq!(check_policy("", "a@b.c"), Err(PasswordProblem::Missing));
        assert_eq!(
            check_policy("short", "a@b.c"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_policy("Password1", "a@b.c"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_policy("  QWERTYUIOP ", "a@b.c"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_policy("me@example.org", "Me@Example.org"),
            Err(PasswordProblem::SameAsEmail)
        );
        assert_eq!(
            check_policy(&"x".repeat(257), "a@b.c"),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(check_policy("correct horse battery", "a@b.c"), Ok(()));
        // Length counts characters, not bytes: eight Welsh letters pass.
        assert_eq!(check_policy("ŵŷâêîôûŵ", "a@b.c"), Ok(()));
    }

    #[test]
    fn hashes_are_argon2id_and_verify() -> anyhow::Result<()> {
        let stored = hash("a long enough secret")?;
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("a long enough secret", &stored));
        assert!(!verify("a different secret", &stored));
        assert!(!verify("anything", "not a hash"));
        Ok(())
    }
}
