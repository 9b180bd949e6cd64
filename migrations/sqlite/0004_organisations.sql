-- The organisations directory: records with their history, their classifications (nations,
-- characteristics, SDG goals and targets, kept in their own tables so filters use indexes),
-- and "include my organisation" submissions awaiting moderation.

CREATE TABLE organisations (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,         -- stable public id (Open Referral UK)
    slug             TEXT NOT NULL UNIQUE,         -- /organisations/{slug}
    name             TEXT NOT NULL,
    name_sort        TEXT NOT NULL DEFAULT '',    -- lower-cased name, for ordering by index
    other_names      TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    website          TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',     -- the organisation's public address
    phone            TEXT NOT NULL DEFAULT '',
    area_served      TEXT NOT NULL DEFAULT '',
    org_type         TEXT NOT NULL DEFAULT 'other'
                     CHECK (org_type IN ('charity', 'community_group', 'network', 'social_enterprise', 'public_body', 'other')),
    charity_register TEXT NOT NULL DEFAULT '' CHECK (charity_register IN ('', 'england_wales', 'scotland', 'northern_ireland')),
    charity_number   TEXT NOT NULL DEFAULT '',
    -- The lead network of at most one nation; the unique index enforces one per nation.
    -- An optional logo: its content address in the uploads store, type and text alternative.
    logo_sha256      TEXT NOT NULL DEFAULT '',
    logo_media_type  TEXT NOT NULL DEFAULT '',
    logo_alt         TEXT NOT NULL DEFAULT '',
    lead_nation      TEXT CHECK (lead_nation IN ('england', 'scotland', 'wales', 'northern_ireland')),
    -- Listed publicly only with the organisation's consent.
    listed           INTEGER NOT NULL DEFAULT 0,
    consent_at       INTEGER,
    is_demo          INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    listed_at        INTEGER,
    -- Merged into another record: kept (with its history moved) so old links redirect.
    merged_into      INTEGER REFERENCES organisations (id)
);
CREATE UNIQUE INDEX organisations_lead_nation ON organisations (lead_nation);
CREATE INDEX organisations_listed ON organisations (listed, merged_into, name_sort);
CREATE INDEX organisations_name_sort ON organisations (name_sort);

CREATE TABLE organisation_nations (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    nation          TEXT NOT NULL,
    PRIMARY KEY (organisation_id, nation)
);
CREATE INDEX organisation_nations_nation ON organisation_nations (nation);

CREATE TABLE organisation_characteristics (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    characteristic  TEXT NOT NULL,                 -- 'disability', or 's75:political_opinion'
    PRIMARY KEY (organisation_id, characteristic)
);
CREATE INDEX organisation_characteristics_code ON organisation_characteristics (characteristic);

CREATE TABLE organisation_sdgs (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    goal            INTEGER NOT NULL,
    target          TEXT NOT NULL DEFAULT '',      -- '' for the goal as a whole, else '10.2'
    PRIMARY KEY (organisation_id, goal, target)
);
CREATE INDEX organisation_sdgs_goal ON organisation_sdgs (goal);

-- Every change to a record, as a JSON snapshot of its fields, for history and diffs.
CREATE TABLE organisation_revisions (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name     TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    snapshot        TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX organisation_revisions_org ON organisation_revisions (organisation_id, id);

-- "Include my organisation": public submissions, confirmed by e-mail, then moderated.
CREATE TABLE organisation_submissions (
    id                 INTEGER PRIMARY KEY,
    payload            TEXT NOT NULL,              -- JSON of the submitted fields
    submitter_name     TEXT NOT NULL,
    submitter_email    TEXT NOT NULL,
    lang               TEXT NOT NULL DEFAULT 'en',
    token_hash         TEXT NOT NULL UNIQUE,
    status             TEXT NOT NULL DEFAULT 'unconfirmed'
                       CHECK (status IN ('unconfirmed', 'pending', 'approved', 'rejected')),
    reason             TEXT NOT NULL DEFAULT '',
    organisation_id    INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    created_at         INTEGER NOT NULL,
    confirmed_at       INTEGER,
    decided_at         INTEGER,
    decided_by         INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX organisation_submissions_status ON organisation_submissions (status, id);

-- Text search over names, other names, descriptions and areas (accents folded).
CREATE VIRTUAL TABLE organisation_search USING fts5 (
    name,
    other_names,
    description,
    area_served,
    tokenize = 'unicode61 remove_diacritics 2'
);
