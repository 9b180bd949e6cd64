-- Events (the open conversation, the summit) with registration, access needs and optional
-- equality monitoring; and attachments on queued e-mails (the .ics with an invitation).
-- Times are UTC seconds; pages show Europe/London with the zone named.

ALTER TABLE outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE outbox ADD COLUMN attachment_body TEXT;

CREATE TABLE events (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                   TEXT NOT NULL UNIQUE,
    uid                    TEXT NOT NULL UNIQUE,         -- stable iCalendar UID
    title                  TEXT NOT NULL,
    description            TEXT NOT NULL DEFAULT '',
    easy_read              TEXT NOT NULL DEFAULT '',     -- the easy-read summary
    starts_at              BIGINT NOT NULL,
    ends_at                BIGINT NOT NULL,
    venue                  TEXT NOT NULL DEFAULT '',
    venue_access           TEXT NOT NULL DEFAULT '',     -- comma-separated features
    online_url             TEXT NOT NULL DEFAULT '',
    capacity               BIGINT NOT NULL CHECK (capacity >= 0),
    confirmed_count        BIGINT NOT NULL DEFAULT 0,   -- places taken; never above capacity
    registration_opens_at  BIGINT NOT NULL,
    registration_closes_at BIGINT NOT NULL,
    registration_types     TEXT NOT NULL DEFAULT 'in_person,online',
    reminder_days          BIGINT NOT NULL DEFAULT 2,
    feedback_url           TEXT NOT NULL DEFAULT '',
    is_example             BIGINT NOT NULL DEFAULT 0,   -- labelled "example" on every page
    is_public              BIGINT NOT NULL DEFAULT 1,
    ics_sequence           BIGINT NOT NULL DEFAULT 0,
    created_by             BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at             BIGINT NOT NULL,
    updated_at             BIGINT NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (confirmed_count BETWEEN 0 AND capacity)
);
CREATE INDEX events_starts ON events (starts_at);

-- The programme: sessions within an event.
CREATE TABLE event_sessions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    starts_at   BIGINT NOT NULL,
    ends_at     BIGINT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
);
CREATE INDEX event_sessions_event ON event_sessions (event_id, starts_at);

-- Registrations, no account needed. The personal link holds a token whose SHA-256 is kept.
-- access_needs is a comma-separated list of codes; seen only by organisers.
CREATE TABLE registrations (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    token_hash       TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    email            TEXT NOT NULL,
    organisation     TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL CHECK (kind IN ('in_person', 'online')),
    status           TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    access_needs     TEXT NOT NULL DEFAULT '',
    dietary          TEXT NOT NULL DEFAULT '',
    access_other     TEXT NOT NULL DEFAULT '',
    lang             TEXT NOT NULL DEFAULT 'en',
    checked_in_at    BIGINT,
    reminder_sent_at BIGINT,
    feedback_sent_at BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX registrations_event ON registrations (event_id, status, id);
-- One active registration per address and event (a second attempt gets a fresh link).
CREATE UNIQUE INDEX registrations_one_per_email ON registrations (event_id, email)
    WHERE status <> 'cancelled';

-- Optional equality monitoring, kept apart from the registration: one row per answered
-- question. Shown only as aggregates; deleted with the registration.
CREATE TABLE equality_answers (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registration_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    event_id        BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    question        TEXT NOT NULL,
    answer          TEXT NOT NULL
);
CREATE INDEX equality_answers_event ON equality_answers (event_id, question);
CREATE INDEX equality_answers_registration ON equality_answers (registration_id);
