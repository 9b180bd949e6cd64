-- CSV imports of organisations: the uploaded file (decoded to UTF-8), the column mapping
-- chosen, and progress while a background task imports the rows.
CREATE TABLE organisation_imports (
    id          INTEGER PRIMARY KEY,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    file_name   TEXT NOT NULL,
    content     TEXT NOT NULL,
    mapping     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'running', 'done', 'failed')),
    total       INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
);
