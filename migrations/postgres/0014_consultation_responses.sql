-- Responding to a consultation (#12), and its Welsh version: its own questions, responses (online with a personal
-- link, or entered by coordinators when received elsewhere), answers, the optional
-- self-description kept apart from the response, themes that comments and answers are
-- tagged with, visitors' reports of comments, followers with the notices waiting for their
-- daily e-mail, and the published response ("you said, we did").

-- The Welsh version, beside the English (its parts paired with the English ones in order).
ALTER TABLE consultations ADD COLUMN title_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN summary_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN easy_read_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN draft_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultation_versions ADD COLUMN body_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultation_blocks ADD COLUMN text_cy TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN response_body TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN response_published_at BIGINT;
ALTER TABLE consultations ADD COLUMN opened_notice_at BIGINT;    -- "it is open" notices made
ALTER TABLE consultations ADD COLUMN closing_notice_at BIGINT;   -- "closes in 3 days" made

-- Counting each part's visible comments reads only this index (a long document has
-- thousands of comments).
CREATE INDEX consultation_comments_counts ON consultation_comments (consultation_id, hidden_reason, block_id);
-- The newest comment of a consultation, for the page's stamp (see consultations::document).
CREATE INDEX consultation_comments_newest ON consultation_comments (consultation_id, id);

CREATE TABLE consultation_questions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    position        BIGINT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('text', 'one', 'many', 'scale')),
    prompt          TEXT NOT NULL,
    options         TEXT NOT NULL DEFAULT '',   -- one choice per line ('one', 'many')
    created_at      BIGINT NOT NULL
);
CREATE INDEX consultation_questions_of ON consultation_questions (consultation_id, position);

CREATE TABLE consultation_responses (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id    BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    token_hash         TEXT NOT NULL UNIQUE,       -- the personal link, hashed
    user_id            BIGINT REFERENCES users (id) ON DELETE SET NULL,
    name               TEXT NOT NULL,
    email              TEXT NOT NULL DEFAULT '',
    lang               TEXT NOT NULL DEFAULT 'en',
    organisation_id    BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    publish_name       BIGINT NOT NULL DEFAULT 0,
    received_via       TEXT NOT NULL DEFAULT 'online'
                       CHECK (received_via IN ('online', 'post', 'email', 'phone', 'event')),
    entered_by         BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    email_confirmed_at BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL,
    submitted_at       BIGINT
);
CREATE UNIQUE INDEX consultation_responses_email ON consultation_responses (consultation_id, email)
    WHERE email <> '' AND received_via = 'online';
CREATE UNIQUE INDEX consultation_responses_user ON consultation_responses (consultation_id, user_id)
    WHERE user_id IS NOT NULL AND received_via = 'online';

CREATE TABLE consultation_answers (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    response_id BIGINT NOT NULL REFERENCES consultation_responses (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    value       TEXT NOT NULL,                     -- free text, a choice, or choices one per line
    UNIQUE (response_id, question_id)
);

-- How respondents describe themselves, kept apart: no name, shown only as counts.
CREATE TABLE consultation_profiles (
    response_id     BIGINT NOT NULL REFERENCES consultation_responses (id) ON DELETE CASCADE,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    question        TEXT NOT NULL CHECK (question IN ('nation', 'group')),
    answer          TEXT NOT NULL,
    PRIMARY KEY (response_id, question, answer)
);

CREATE TABLE consultation_themes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    outcome         TEXT NOT NULL DEFAULT '',      -- what we did about it (Markdown)
    created_at      BIGINT NOT NULL,
    UNIQUE (consultation_id, name)
);

-- A theme on a comment or an answer.
CREATE TABLE consultation_theme_tags (
    theme_id  BIGINT NOT NULL REFERENCES consultation_themes (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('comment', 'answer')),
    target_id BIGINT NOT NULL,
    PRIMARY KEY (theme_id, kind, target_id)
);

CREATE TABLE consultation_comment_reports (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id BIGINT NOT NULL REFERENCES consultation_comments (id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX consultation_comment_reports_of ON consultation_comment_reports (comment_id);

CREATE TABLE consultation_followers (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    user_id         BIGINT REFERENCES users (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    lang            TEXT NOT NULL DEFAULT 'en',
    token_hash      TEXT NOT NULL UNIQUE,          -- the stop-following link, hashed
    active          BIGINT NOT NULL DEFAULT 1,    -- 0 until a visitor's address is confirmed
    created_at      BIGINT NOT NULL,
    UNIQUE (consultation_id, email)
);

-- What a follower is to be told; sent together, at most one e-mail a day per address.
CREATE TABLE consultation_notices (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    follower_id BIGINT NOT NULL REFERENCES consultation_followers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('opened', 'reply', 'closing', 'response')),
    created_at  BIGINT NOT NULL,
    sent_at     BIGINT
);
CREATE INDEX consultation_notices_unsent ON consultation_notices (sent_at, follower_id);

CREATE TABLE consultation_mailed (
    email   TEXT PRIMARY KEY,
    last_at BIGINT NOT NULL
);
