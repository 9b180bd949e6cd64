-- Meetings with stakeholders: scheduled by coordinators, each public or private.
-- starts_at is UTC seconds; forms and pages use Europe/London with the zone named.
-- venue_access is a comma-separated list of the venue's accessibility features.

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,            -- stable iCalendar UID
    title            TEXT NOT NULL,
    purpose          TEXT NOT NULL DEFAULT '',
    starts_at        INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    venue            TEXT NOT NULL DEFAULT '',
    venue_access     TEXT NOT NULL DEFAULT '',
    online_url       TEXT NOT NULL DEFAULT '',
    agenda           TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (status IN ('proposed', 'confirmed', 'held', 'postponed', 'cancelled')),
    is_public        INTEGER NOT NULL DEFAULT 0,
    ics_sequence     INTEGER NOT NULL DEFAULT 0,      -- iCalendar SEQUENCE, bumped on each change
    created_by       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX meetings_starts ON meetings (starts_at);

-- A coordinator's private calendar feed: the secret address holds a token whose SHA-256 is
-- kept here. Making a new address replaces the row, so the old address stops working.
CREATE TABLE calendar_feed_tokens (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- Organisations taking part in a meeting, each with its consent to be named publicly
-- (in "who we've met" and on the meeting's public page).
CREATE TABLE meeting_organisations (
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    consent         TEXT NOT NULL DEFAULT 'not_asked' CHECK (consent IN ('yes', 'no', 'not_asked')),
    PRIMARY KEY (meeting_id, organisation_id)
);
CREATE INDEX meeting_organisations_org ON meeting_organisations (organisation_id);
