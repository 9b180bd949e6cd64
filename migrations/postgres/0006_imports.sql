-- CSV imports of organisations: the uploaded file (decoded to UTF-8), the column mapping
-- chosen, and progress while a background task imports the rows.
CREATE TABLE organisation_imports (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
    file_name   TEXT NOT NULL,
    content     TEXT NOT NULL,
    mapping     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'running', 'done', 'failed')),
    total       BIGINT NOT NULL DEFAULT 0,
    done        BIGINT NOT NULL DEFAULT 0,
    created     BIGINT NOT NULL DEFAULT 0,
    updated     BIGINT NOT NULL DEFAULT 0,
    skipped     BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    finished_at BIGINT
);
