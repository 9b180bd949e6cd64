-- The wiki: pages, their full revision history, rendered-HTML cache, links between pages
-- (for red links and "what links here"), categories, talk-page comments and the search index.

CREATE TABLE wiki_pages (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            TEXT UNIQUE,                 -- NULL once deleted
    head_revision_id BIGINT,
    protection       TEXT NOT NULL DEFAULT 'none' CHECK (protection IN ('none', 'partner', 'locked')),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    -- Deleting keeps the page and its history for admins to restore: the title moves here.
    deleted_title    TEXT,
    deleted_at       BIGINT,
    deleted_by       BIGINT REFERENCES users (id) ON DELETE SET NULL
);

-- The unique index makes history strictly linear: two saves can never share a parent.
CREATE TABLE wiki_revisions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id     BIGINT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    parent_id   BIGINT REFERENCES wiki_revisions (id),
    author_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    minor       BIGINT NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX wiki_revisions_linear ON wiki_revisions (page_id, parent_id);
CREATE INDEX wiki_revisions_page ON wiki_revisions (page_id, id);
CREATE INDEX wiki_revisions_author ON wiki_revisions (author_id, id);
CREATE INDEX wiki_revisions_created ON wiki_revisions (created_at);

CREATE TABLE wiki_render_cache (
    revision_id BIGINT NOT NULL REFERENCES wiki_revisions (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    html        TEXT NOT NULL,
    PRIMARY KEY (revision_id, lang)
);

CREATE TABLE wiki_links (
    from_page_id BIGINT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    to_title     TEXT NOT NULL,
    PRIMARY KEY (from_page_id, to_title)
);
CREATE INDEX wiki_links_to ON wiki_links (to_title);

CREATE TABLE wiki_categories (
    page_id  BIGINT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (page_id, category)
);
CREATE INDEX wiki_categories_name ON wiki_categories (category);

CREATE TABLE wiki_comments (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id       BIGINT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    parent_id     BIGINT REFERENCES wiki_comments (id) ON DELETE CASCADE,
    author_id     BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name   TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    edited_at     BIGINT,
    hidden_at     BIGINT,
    hidden_by     BIGINT REFERENCES users (id) ON DELETE SET NULL,
    hidden_reason TEXT
);
CREATE INDEX wiki_comments_page ON wiki_comments (page_id, id);

CREATE TABLE moderation_log (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

-- Full-text search with accents folded (ŵ → w) through the unaccent dictionary, while
-- snippets still show the original text. The extension lives in `public` (it is trusted,
-- so the database owner may create it) and is named with its schema, so that Coproduce's
-- own tables may live in any schema.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION coproduce_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION coproduce_search
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.simple;

CREATE TABLE wiki_search (
    page_id  BIGINT PRIMARY KEY REFERENCES wiki_pages (id) ON DELETE CASCADE,
    title    TEXT NOT NULL,
    body     TEXT NOT NULL,
    document TSVECTOR NOT NULL
);
CREATE INDEX wiki_search_document ON wiki_search USING GIN (document);
-- Title matches are always ranked, however many pages match in their text.
CREATE INDEX wiki_search_title ON wiki_search USING GIN (to_tsvector('coproduce_search', title));

-- Watchlist: who follows which page, and when they were last told of a change (one e-mail
-- per changed page per hour at most).
CREATE TABLE wiki_watches (
    user_id          BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    page_id          BIGINT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    last_notified_at BIGINT,
    PRIMARY KEY (user_id, page_id)
);
CREATE INDEX wiki_watches_page ON wiki_watches (page_id);
