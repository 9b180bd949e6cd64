-- Open consultations (#12): a document published in immutable versions, each version's
-- blocks with ids that are stable across versions (comments hang on those ids), and the
-- comments themselves. The editors' working text is the consultation's `draft`; publishing
-- it makes the next version. Phases come from the dates, not from a job.

CREATE TABLE consultations (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    easy_read     TEXT NOT NULL DEFAULT '',
    consulting    TEXT NOT NULL DEFAULT '',      -- who is consulting, in words
    draft         TEXT NOT NULL DEFAULT '',      -- Markdown: the next version
    opens_at      INTEGER,                       -- comments open (UTC seconds)
    closes_at     INTEGER,                       -- comments close
    next_block_id INTEGER NOT NULL DEFAULT 1,    -- the next stable block id to give
    is_example    INTEGER NOT NULL DEFAULT 0,
    created_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE consultation_versions (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    body            TEXT NOT NULL,
    published_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    published_at    INTEGER NOT NULL,
    UNIQUE (consultation_id, number)
);

CREATE TABLE consultation_blocks (
    version_id INTEGER NOT NULL REFERENCES consultation_versions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    block_id   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('unchanged', 'moved', 'edited', 'new')),
    PRIMARY KEY (version_id, position),
    UNIQUE (version_id, block_id)
);

CREATE TABLE consultation_comments (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    block_id        INTEGER,                     -- NULL: the document as a whole
    version_number  INTEGER NOT NULL,            -- the version it was written on
    parent_id       INTEGER REFERENCES consultation_comments (id) ON DELETE CASCADE,
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name     TEXT NOT NULL,
    body            TEXT NOT NULL,
    hidden_reason   TEXT NOT NULL DEFAULT '',
    is_example      INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
CREATE INDEX consultation_comments_block ON consultation_comments (consultation_id, block_id, id);

-- "I agree": one per person per comment.
CREATE TABLE consultation_comment_support (
    comment_id INTEGER NOT NULL REFERENCES consultation_comments (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (comment_id, user_id)
);

-- Suggested new wording for a block; the editors accept it (into the draft) or decline
-- it with a reason, and the person who suggested it is told either way.
CREATE TABLE consultation_suggestions (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    block_id        INTEGER NOT NULL,
    version_number  INTEGER NOT NULL,
    original        TEXT NOT NULL,                -- the block's text when it was suggested
    proposed        TEXT NOT NULL,
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name     TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at      INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX consultation_suggestions_block ON consultation_suggestions (consultation_id, block_id, id);
