-- Outreach (coordinators only): where each organisation is in the pipeline, who owns it,
-- the next action; contact people; private notes; the activity log. None of this is ever
-- shown, searched, fed or exported outside the coordinators' pages.

CREATE TABLE organisation_outreach (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    stage           TEXT NOT NULL DEFAULT 'identified'
                    CHECK (stage IN ('identified', 'contacted', 'in_conversation', 'met', 'partner', 'declined', 'not_now')),
    owner_id        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    next_action     TEXT NOT NULL DEFAULT '',
    next_action_due TEXT NOT NULL DEFAULT '',      -- a date, YYYY-MM-DD (Europe/London)
    updated_at      INTEGER NOT NULL
);
CREATE INDEX organisation_outreach_stage ON organisation_outreach (stage);

CREATE TABLE organisation_contacts (
    id                INTEGER PRIMARY KEY,
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    role              TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    preferred_contact TEXT NOT NULL DEFAULT '',
    access_needs      TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    erased_at         INTEGER                          -- erased: only an anonymised trace remains
);
CREATE INDEX organisation_contacts_org ON organisation_contacts (organisation_id);

CREATE TABLE organisation_notes (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name     TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX organisation_notes_org ON organisation_notes (organisation_id, id);

CREATE TABLE organisation_activities (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('email', 'call', 'meeting', 'event', 'other')),
    happened_on     TEXT NOT NULL,                 -- YYYY-MM-DD
    summary         TEXT NOT NULL,
    logged_by_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    logged_by_name  TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX organisation_activities_org ON organisation_activities (organisation_id, happened_on);
