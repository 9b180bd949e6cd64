-- Around a meeting: "Let's meet" requests from the public, time polls answered through
-- personal links, the people attending, and what comes after (minutes with a public and a
-- private part, outcomes, follow-up actions, attachments).

CREATE TABLE meeting_requests (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_name TEXT NOT NULL,
    contact_name      TEXT NOT NULL,
    contact_email     TEXT NOT NULL,
    contact_phone     TEXT NOT NULL DEFAULT '',
    topic             TEXT NOT NULL,
    when_suits        TEXT NOT NULL DEFAULT '',
    access_needs      TEXT NOT NULL DEFAULT '',   -- comma-separated codes
    access_other      TEXT NOT NULL DEFAULT '',
    lang              TEXT NOT NULL DEFAULT 'en',
    status            TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'scheduled', 'polling', 'declined')),
    organisation_id   BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    meeting_id        BIGINT REFERENCES meetings (id) ON DELETE SET NULL,
    poll_id           BIGINT,
    decline_reason    TEXT NOT NULL DEFAULT '',
    handled_by        BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at        BIGINT NOT NULL,
    handled_at        BIGINT
);
CREATE INDEX meeting_requests_status ON meeting_requests (status, id);

-- Finding a time: coordinators propose slots; invitees answer through personal links
-- (the SHA-256 of each link's token is kept); confirming a slot makes the meeting.
CREATE TABLE time_polls (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            TEXT NOT NULL,
    purpose          TEXT NOT NULL DEFAULT '',
    duration_minutes BIGINT NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    venue            TEXT NOT NULL DEFAULT '',
    online_url       TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed')),
    request_id       BIGINT REFERENCES meeting_requests (id) ON DELETE SET NULL,
    organisation_id  BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    meeting_id       BIGINT REFERENCES meetings (id) ON DELETE SET NULL,
    created_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at       BIGINT NOT NULL
);
CREATE TABLE poll_slots (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    poll_id   BIGINT NOT NULL REFERENCES time_polls (id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    UNIQUE (poll_id, starts_at)
);
CREATE TABLE poll_invitees (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    poll_id      BIGINT NOT NULL REFERENCES time_polls (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    lang         TEXT NOT NULL DEFAULT 'en',
    responded_at BIGINT,
    UNIQUE (poll_id, email)
);
CREATE TABLE poll_answers (
    invitee_id BIGINT NOT NULL REFERENCES poll_invitees (id) ON DELETE CASCADE,
    slot_id    BIGINT NOT NULL REFERENCES poll_slots (id) ON DELETE CASCADE,
    answer     TEXT NOT NULL CHECK (answer IN ('yes', 'if_need_be', 'no')),
    PRIMARY KEY (invitee_id, slot_id)
);

-- People attending a meeting (names as coordinators record them; private to coordinators).
CREATE TABLE meeting_people (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
CREATE INDEX meeting_people_meeting ON meeting_people (meeting_id);

-- After the meeting.
ALTER TABLE meetings ADD COLUMN minutes_public TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN minutes_private TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN outcomes TEXT NOT NULL DEFAULT '';

CREATE TABLE meeting_actions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    owner_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    due_on      TEXT NOT NULL DEFAULT '',           -- YYYY-MM-DD, London
    done_at     BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX meeting_actions_meeting ON meeting_actions (meeting_id);
CREATE INDEX meeting_actions_open ON meeting_actions (done_at, due_on);

-- Files attached to a meeting; public ones are shown with a public meeting.
CREATE TABLE meeting_attachments (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        BIGINT NOT NULL,
    media_type  TEXT NOT NULL,
    is_public   BIGINT NOT NULL DEFAULT 0,
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX meeting_attachments_meeting ON meeting_attachments (meeting_id);
