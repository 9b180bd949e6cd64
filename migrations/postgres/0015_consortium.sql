-- The consortium and its funding proposals (#13): member organisations (from the directory) with their role and the
-- dates they joined and left; the people who represent each (partner accounts) and the one
-- signatory who decides for it; a log of every change; "the way we decide" as immutable
-- versions of rules; and decisions by consent, in rounds, with one stance per member
-- organisation per round and the history of every stance given.

CREATE TABLE consortium_members (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    -- 'lead' is the lead network of the organisation's lead nation (the directory's unique
    -- index on organisations.lead_nation already allows one per nation).
    role            TEXT NOT NULL CHECK (role IN ('lead', 'member', 'facilitator', 'supporting', 'observer')),
    joined_on       TEXT NOT NULL,                 -- YYYY-MM-DD
    left_on         TEXT,                          -- YYYY-MM-DD, or NULL while a member
    is_example      BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
-- An organisation is a member once (rejoining clears left_on; the log keeps the past).
CREATE UNIQUE INDEX consortium_members_organisation ON consortium_members (organisation_id);

CREATE TABLE consortium_representatives (
    member_id    BIGINT NOT NULL REFERENCES consortium_members (id) ON DELETE CASCADE,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_signatory BIGINT NOT NULL DEFAULT 0,
    added_at     BIGINT NOT NULL,
    PRIMARY KEY (member_id, user_id)
);
-- A person represents one organisation, so a stance is always for a known member.
CREATE UNIQUE INDEX consortium_representatives_user ON consortium_representatives (user_id);
-- One signatory per member.
CREATE UNIQUE INDEX consortium_one_signatory ON consortium_representatives (member_id) WHERE is_signatory = 1;

-- Every change to members, roles, representatives and signatories.
CREATE TABLE consortium_member_log (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id  BIGINT NOT NULL REFERENCES consortium_members (id) ON DELETE CASCADE,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT NOT NULL,                      -- a Fluent id suffix: joined, role, left ...
    detail     TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX consortium_member_log_member ON consortium_member_log (member_id, id);

-- "The way we decide": each agreed version is a new row, never changed, so every decision
-- records (by id) exactly the rules it was taken under.
CREATE TABLE consortium_rules (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quorum_percent   BIGINT NOT NULL CHECK (quorum_percent BETWEEN 0 AND 100),
    -- 'noted': objections are recorded and the proposal can still be agreed;
    -- 'share': not agreed when objections reach objection_percent of the stances given.
    objection_effect TEXT NOT NULL CHECK (objection_effect IN ('noted', 'share')),
    objection_percent BIGINT NOT NULL DEFAULT 0 CHECK (objection_percent BETWEEN 0 AND 100),
    -- who may block: every voting member, lead networks only, or nobody.
    block_by         TEXT NOT NULL CHECK (block_by IN ('members', 'leads', 'nobody')),
    -- 'stops': the proposal is not agreed; 'objection': a block counts as an objection.
    block_effect     TEXT NOT NULL CHECK (block_effect IN ('stops', 'objection')),
    default_days     BIGINT NOT NULL CHECK (default_days BETWEEN 1 AND 90),
    body             TEXT NOT NULL DEFAULT '',     -- the agreed wording (Markdown)
    agreed_on        TEXT NOT NULL,                -- YYYY-MM-DD; '' for the starting rules
    created_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at       BIGINT NOT NULL
);

-- The rules the consortium starts with, until its members agree their own: half the
-- members must answer, an objection is noted, any deciding member may block and a block
-- stops the proposal, a week open. An empty agreed_on marks them as not yet agreed.
INSERT INTO consortium_rules (quorum_percent, objection_effect, objection_percent, block_by, block_effect, default_days, body, agreed_on, created_at)
VALUES (50, 'noted', 0, 'members', 'stops', 7, '', '', 0);

-- Funding proposals: a bid to a funder and programme, its sections (following the
-- funder's questions) with their full history and comments, a budget, attachments and the
-- funder's checklist; frozen versions (immutable: content and its SHA-256, a trigger refuses
-- any change to them) that go to sign-off, one of which may be marked submitted; and the
-- funder's answer. proposal_events is the bid's timeline.
CREATE TABLE proposals (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    funder       TEXT NOT NULL,
    programme    TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    -- The funder's answer to the submitted version.
    answer       TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'awaiting', 'awarded', 'declined', 'withdrawn')),
    award_pence  BIGINT CHECK (award_pence IS NULL OR award_pence >= 0),
    award_conditions TEXT NOT NULL DEFAULT '',
    award_start  TEXT,                              -- YYYY-MM-DD
    feedback     TEXT NOT NULL DEFAULT '',
    answered_at  BIGINT,
    is_example   BIGINT NOT NULL DEFAULT 0,
    created_by   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);

CREATE TABLE proposal_sections (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    title       TEXT NOT NULL,
    question    TEXT NOT NULL DEFAULT '',          -- the funder's question, as they word it
    word_limit  BIGINT NOT NULL DEFAULT 0 CHECK (word_limit >= 0),   -- 0: no limit
    owner_id    BIGINT REFERENCES consortium_members (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'drafting', 'review', 'agreed')),
    body        TEXT NOT NULL DEFAULT '',
    revision    BIGINT NOT NULL DEFAULT 0,         -- the number of its latest revision
    updated_at  BIGINT NOT NULL
);
CREATE INDEX proposal_sections_proposal ON proposal_sections (proposal_id, position);

-- Every saved text of a section, numbered from 1 (a linear history, as the wiki's).
CREATE TABLE proposal_section_revisions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id  BIGINT NOT NULL REFERENCES proposal_sections (id) ON DELETE CASCADE,
    number      BIGINT NOT NULL,
    body        TEXT NOT NULL,
    status      TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    editor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (section_id, number)
);

CREATE TABLE proposal_section_comments (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id  BIGINT NOT NULL REFERENCES proposal_sections (id) ON DELETE CASCADE,
    author_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX proposal_section_comments_section ON proposal_section_comments (section_id, id);

-- Budget lines: amounts in pence, never negative; year 1 is the project's first year.
CREATE TABLE proposal_budget_lines (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    member_id   BIGINT REFERENCES consortium_members (id) ON DELETE SET NULL,
    item        TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('staff', 'activities', 'venues', 'access', 'travel', 'equipment', 'overheads', 'other')),
    year        BIGINT NOT NULL CHECK (year BETWEEN 1 AND 10),
    amount_pence BIGINT NOT NULL CHECK (amount_pence >= 0),
    created_at  BIGINT NOT NULL
);
CREATE INDEX proposal_budget_lines_proposal ON proposal_budget_lines (proposal_id, id);

-- What the funder asks for; an item is done when an attachment meets it.
CREATE TABLE proposal_checklist (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    label       TEXT NOT NULL
);

CREATE TABLE proposal_attachments (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    -- Private to the members until a version that includes it is submitted: kept in the
    -- uploads' content store (by SHA-256) but not among the site's public files.
    sha256      TEXT NOT NULL,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        BIGINT NOT NULL,
    checklist_id BIGINT REFERENCES proposal_checklist (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    added_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE proposal_versions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    number      BIGINT NOT NULL,
    content     TEXT NOT NULL,                      -- JSON: sections, budget, attachments
    sha256      TEXT NOT NULL,                      -- of content
    frozen_by   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    frozen_at   BIGINT NOT NULL,
    submitted_at BIGINT,
    funder_reference TEXT NOT NULL DEFAULT '',
    requested_pence BIGINT CHECK (requested_pence IS NULL OR requested_pence >= 0),
    UNIQUE (proposal_id, number)
);
-- At most one submitted version per proposal.
CREATE UNIQUE INDEX proposal_versions_submitted ON proposal_versions (proposal_id) WHERE submitted_at IS NOT NULL;

-- A frozen version never changes: its content and hash are refused any update.
CREATE FUNCTION proposal_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
       OR NEW.number IS DISTINCT FROM OLD.number OR NEW.proposal_id IS DISTINCT FROM OLD.proposal_id THEN
        RAISE EXCEPTION 'a frozen proposal version never changes';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER proposal_versions_frozen BEFORE UPDATE ON proposal_versions
    FOR EACH ROW EXECUTE FUNCTION proposal_versions_frozen();

CREATE TABLE consortium_decisions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         TEXT NOT NULL,
    proposal      TEXT NOT NULL,                   -- what is proposed (Markdown)
    background    TEXT NOT NULL DEFAULT '',
    -- The documents: a frozen version of a funding proposal, a wiki page revision, a file.
    proposal_version_id BIGINT REFERENCES proposal_versions (id),  -- a sign-off
    wiki_revision_id    BIGINT REFERENCES wiki_revisions (id),
    file_id             BIGINT REFERENCES files (id),
    outcome       TEXT NOT NULL DEFAULT '',        -- the facilitator's statement
    is_example    BIGINT NOT NULL DEFAULT 0,
    created_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL
);

-- A decision is taken in rounds: reopening makes a new round; old rounds keep their
-- stances and result.
CREATE TABLE consortium_rounds (
    decision_id  BIGINT NOT NULL REFERENCES consortium_decisions (id) ON DELETE CASCADE,
    round        BIGINT NOT NULL,
    rules_id     BIGINT NOT NULL REFERENCES consortium_rules (id),
    opens_at     BIGINT NOT NULL,
    closes_at    BIGINT NOT NULL,
    -- Set once, when the round is closed (on the first read after closes_at).
    result       TEXT CHECK (result IN ('agreed', 'agreed_reservations', 'not_agreed', 'no_quorum')),
    eligible     BIGINT NOT NULL DEFAULT 0,       -- voting members at the close
    closed_at    BIGINT,
    reminded_at  BIGINT,                          -- the day-before reminder was queued
    opened_mail_at BIGINT,                        -- signatories were told it opened
    -- How many members gave each stance: kept by the stance's own transaction, under the
    -- round's lock, so the register reads one row per decision.
    consent_n      BIGINT NOT NULL DEFAULT 0,
    reservations_n BIGINT NOT NULL DEFAULT 0,
    stand_aside_n  BIGINT NOT NULL DEFAULT 0,
    object_n       BIGINT NOT NULL DEFAULT 0,
    block_n        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (decision_id, round),
    CHECK (closes_at > opens_at)
);
CREATE INDEX consortium_rounds_open ON consortium_rounds (closed_at, closes_at);

-- The current stance of each member in a round: one row, whoever gave it.
CREATE TABLE consortium_stances (
    decision_id   BIGINT NOT NULL,
    round         BIGINT NOT NULL,
    member_id     BIGINT NOT NULL REFERENCES consortium_members (id),
    stance        TEXT NOT NULL CHECK (stance IN ('consent', 'reservations', 'stand_aside', 'object', 'block')),
    reason        TEXT NOT NULL DEFAULT '',
    cast_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- Non-empty when a coordinator recorded it on the member's behalf: how it was given.
    on_behalf_how TEXT NOT NULL DEFAULT '',
    updated_at    BIGINT NOT NULL,
    PRIMARY KEY (decision_id, round, member_id),
    FOREIGN KEY (decision_id, round) REFERENCES consortium_rounds (decision_id, round) ON DELETE CASCADE,
    CHECK (stance NOT IN ('object', 'block') OR reason <> '')
);

-- Every stance ever given, changed ones included.
CREATE TABLE consortium_stance_history (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id   BIGINT NOT NULL,
    round         BIGINT NOT NULL,
    member_id     BIGINT NOT NULL REFERENCES consortium_members (id),
    stance        TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    cast_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    on_behalf_how TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    FOREIGN KEY (decision_id, round) REFERENCES consortium_rounds (decision_id, round) ON DELETE CASCADE
);
CREATE INDEX consortium_stance_history_round ON consortium_stance_history (decision_id, round, id);

-- The bid's timeline: drafted, frozen, signed off, submitted, the funder's answer.
CREATE TABLE proposal_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    version     BIGINT,
    detail      TEXT NOT NULL DEFAULT '',
    actor_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, id);
