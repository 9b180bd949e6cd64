-- Uploaded files (images and documents) and every version of each. The bytes live in the
-- data directory, named by their SHA-256, so identical uploads are stored once.
CREATE TABLE files (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,              -- "Summit poster.png"
    page_id    INTEGER REFERENCES wiki_pages (id) ON DELETE SET NULL,  -- attached to
    created_at INTEGER NOT NULL
);

CREATE TABLE file_versions (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    media_type    TEXT NOT NULL,                  -- detected from the content, not the name
    alt_text      TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    uploader_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploader_name TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX file_versions_file ON file_versions (file_id, id);
