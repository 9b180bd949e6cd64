-- The wiki: pages, their full revision history, rendered-HTML cache, links between pages
-- (for red links and "what links here"), categories, talk-page comments and the search index.

CREATE TABLE wiki_pages (
    id               INTEGER PRIMARY KEY,
    title            TEXT UNIQUE,                 -- normalised: "Meeting schedule"; NULL once deleted
    head_revision_id INTEGER,                     -- the latest revision; set right after insert
    protection       TEXT NOT NULL DEFAULT 'none' CHECK (protection IN ('none', 'partner', 'locked')),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    -- Deleting keeps the page and its history for admins to restore: the title moves here.
    deleted_title    TEXT,
    deleted_at       INTEGER,
    deleted_by       INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- Every revision is kept whole. A revision's parent is the head it was saved on top of; the
-- unique index makes history strictly linear: two saves can never share a parent.
CREATE TABLE wiki_revisions (
    id          INTEGER PRIMARY KEY,
    page_id     INTEGER NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES wiki_revisions (id),
    author_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,                    -- as shown in history, kept for imports
    summary     TEXT NOT NULL DEFAULT '',
    minor       INTEGER NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    size        INTEGER NOT NULL,                 -- bytes of body
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX wiki_revisions_linear ON wiki_revisions (page_id, parent_id);
CREATE INDEX wiki_revisions_page ON wiki_revisions (page_id, id);
CREATE INDEX wiki_revisions_author ON wiki_revisions (author_id, id);
CREATE INDEX wiki_revisions_created ON wiki_revisions (created_at);

-- Rendered HTML per revision and language (section-edit links and red-link markers are
-- translated). Entries are dropped when a linked page appears or disappears.
CREATE TABLE wiki_render_cache (
    revision_id INTEGER NOT NULL REFERENCES wiki_revisions (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    html        TEXT NOT NULL,
    PRIMARY KEY (revision_id, lang)
);

CREATE TABLE wiki_links (
    from_page_id INTEGER NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    to_title     TEXT NOT NULL,
    PRIMARY KEY (from_page_id, to_title)
);
CREATE INDEX wiki_links_to ON wiki_links (to_title);

CREATE TABLE wiki_categories (
    page_id  INTEGER NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (page_id, category)
);
CREATE INDEX wiki_categories_name ON wiki_categories (category);

-- Talk pages: threaded comments on a page.
CREATE TABLE wiki_comments (
    id            INTEGER PRIMARY KEY,
    page_id       INTEGER NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES wiki_comments (id) ON DELETE CASCADE,
    author_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name   TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    edited_at     INTEGER,
    hidden_at     INTEGER,
    hidden_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    hidden_reason TEXT
);
CREATE INDEX wiki_comments_page ON wiki_comments (page_id, id);

-- Moderation of comments (hide / unhide), kept for accountability.
CREATE TABLE moderation_log (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- Full-text search: titles weigh more than text; accents and Welsh letters fold (ŵ → w).
CREATE VIRTUAL TABLE wiki_search USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Watchlist: who follows which page, and when they were last told of a change (one e-mail
-- per changed page per hour at most).
CREATE TABLE wiki_watches (
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    page_id          INTEGER NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    last_notified_at INTEGER,
    PRIMARY KEY (user_id, page_id)
);
CREATE INDEX wiki_watches_page ON wiki_watches (page_id);
