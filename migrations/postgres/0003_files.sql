-- Uploaded files (images and documents) and every version of each. The bytes live in the
-- data directory, named by their SHA-256, so identical uploads are stored once.
CREATE TABLE files (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,              -- "Summit poster.png"
    page_id    BIGINT REFERENCES wiki_pages (id) ON DELETE SET NULL,  -- attached to
    created_at BIGINT NOT NULL
);

CREATE TABLE file_versions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_id       BIGINT NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    sha256        TEXT NOT NULL,
    size          BIGINT NOT NULL,
    media_type    TEXT NOT NULL,                  -- detected from the content, not the name
    alt_text      TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    uploader_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    uploader_name TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX file_versions_file ON file_versions (file_id, id);
