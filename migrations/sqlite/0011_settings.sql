-- Settings an admin changes in the browser (for example how long sent e-mail is kept).
-- One row per setting; a missing row means the built-in default.
CREATE TABLE settings (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One row `/healthz` rewrites to check that the database still takes writes.
CREATE TABLE health_probe (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    written_at INTEGER NOT NULL
);
