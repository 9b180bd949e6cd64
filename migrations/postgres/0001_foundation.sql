-- Foundation schema: accounts, sessions, one-time links, sign-in throttling, the e-mail outbox
-- and the audit log. Times are Unix seconds (UTC) in BIGINT columns (INTEGER in the SQLite twin) so that one SQL text
-- serves SQLite and PostgreSQL alike; flags are 0/1 integers for the same reason.

CREATE TABLE users (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email              TEXT NOT NULL UNIQUE,        -- stored lower-cased and trimmed
    name               TEXT NOT NULL,
    password_hash      TEXT,                        -- argon2id PHC string; NULL = link-only account
    role               TEXT NOT NULL DEFAULT 'participant'
                       CHECK (role IN ('participant', 'partner', 'coordinator', 'admin')),
    lang               TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'cy')),
    email_confirmed_at BIGINT,
    suspended_at       BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);

-- A session id is a random 256-bit value held only by the browser; the database keeps its
-- SHA-256 so a leaked database cannot be replayed as cookies.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One-time links (confirm e-mail, reset password, sign in, change e-mail). Single use is
-- enforced by the conditional UPDATE that sets used_at.
CREATE TABLE one_time_tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL CHECK (purpose IN ('confirm_email', 'reset_password', 'sign_in', 'change_email')),
    email      TEXT,                                -- the new address, for change_email
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX one_time_tokens_user ON one_time_tokens (user_id);

-- Throttling: one row per failed attempt (or per public form use), keyed by what is limited
-- ("signin-account:<email>", "signin-ip:<addr>", ...). Old rows are pruned by the worker.
CREATE TABLE throttle_events (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bucket     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX throttle_events_bucket ON throttle_events (bucket, created_at);

-- The e-mail outbox. A worker claims a row by moving it to 'sending' with a lease
-- (claimed_until); a crashed worker's lease expires and another instance takes the row.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    to_addr         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'logged', 'failed')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_by      TEXT,
    claimed_until   BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Who did what to whom (role changes, suspensions, account deletions).
CREATE TABLE audit_log (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
