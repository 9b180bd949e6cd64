-- Importing a national charity register (#18): a record's status on its register, the keys
-- that match and de-duplicate records through indexes instead of scanning the table, what
-- an import decided row by row (its refused and asked-about rows, kept for download), and
-- saved import profiles (column mapping, constant values, value mapping) to reuse.

ALTER TABLE organisations ADD COLUMN register_status TEXT NOT NULL DEFAULT ''
    CHECK (register_status IN ('', 'removed', 'dissolved'));
ALTER TABLE organisations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN website_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN website_domain TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN email_domain TEXT NOT NULL DEFAULT '';
CREATE INDEX organisations_name_key ON organisations (name_key);
CREATE INDEX organisations_website_key ON organisations (website_key);
CREATE INDEX organisations_website_domain ON organisations (website_domain);
CREATE INDEX organisations_email_domain ON organisations (email_domain);
CREATE INDEX organisations_email ON organisations (email);
CREATE INDEX organisations_charity ON organisations (charity_register, charity_number);
-- Live records by name: the outreach list pages through it without reading the table.
-- Partial, so that lookups by a key never take it for their "merged_into IS NULL".
CREATE INDEX organisations_live_name ON organisations (name_sort, id) WHERE merged_into IS NULL;

ALTER TABLE organisation_imports ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation_imports ADD COLUMN settings TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation_imports ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisation_imports ADD COLUMN left_alone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisation_imports ADD COLUMN asked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisation_imports ADD COLUMN source TEXT NOT NULL DEFAULT 'page';

-- Rows an import refused, left alone or left for a choice: the reason and the row's cells
-- (JSON), downloadable as CSV after the upload itself is gone.
CREATE TABLE organisation_import_problems (
    import_id INTEGER NOT NULL REFERENCES organisation_imports (id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('refused', 'left_alone', 'asked')),
    reason    TEXT NOT NULL,
    cells     TEXT NOT NULL,
    PRIMARY KEY (import_id, line)
);

CREATE TABLE organisation_import_profiles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    settings   TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);

-- Coordinators' own labels on records ("CCNI 2026", "priority"): private, never exported.
CREATE TABLE organisation_tags (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    tag             TEXT NOT NULL,
    PRIMARY KEY (organisation_id, tag)
);
CREATE INDEX organisation_tags_tag ON organisation_tags (tag);

-- A change made to every record of a filtered outreach list, run as a durable job: the
-- records chosen when it started (JSON ids), how far it has got, and who made it.
CREATE TABLE organisation_bulk_changes (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('stage', 'owner', 'nation', 'tag', 'listed', 'unlisted')),
    value       TEXT NOT NULL DEFAULT '',
    ids         TEXT NOT NULL,
    total       INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
);
