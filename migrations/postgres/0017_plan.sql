-- The plan in the open (#14): intended outcomes, the outputs that lead to them, each
-- output's milestones, the evidence that shows them (links to meetings, events, a
-- consultation, a decision, a proposal version, wiki pages and files, by id, with the name
-- they had when linked so a rename or a deletion can be told), and progress updates kept
-- as a history. Dates are YYYY-MM-DD; an output's "late" is computed from the clock.

CREATE TABLE plan_outcomes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);

CREATE TABLE plan_outputs (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id      BIGINT REFERENCES plan_outcomes (id) ON DELETE SET NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    -- The owner: a member organisation from the directory, or a person, or nobody yet.
    owner_org_id    BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    owner_user_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    starts_on       TEXT,
    due_on          TEXT,
    -- As set by people; 'late' is also shown when due_on has passed without 'done'.
    status          TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN ('not_started', 'on_track', 'at_risk', 'late', 'done', 'dropped')),
    status_reason   TEXT NOT NULL DEFAULT '',
    -- 'percent' (progress_percent is the figure) or 'milestones' (the share done).
    progress_mode   TEXT NOT NULL DEFAULT 'milestones' CHECK (progress_mode IN ('percent', 'milestones')),
    progress_percent BIGINT NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    -- Where it came from: '' (written here), 'demo', or 'award:<proposal slug>'.
    source          TEXT NOT NULL DEFAULT '',
    position        BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    CHECK (starts_on IS NULL OR due_on IS NULL OR starts_on <= due_on)
);
CREATE INDEX plan_outputs_due ON plan_outputs (due_on);

CREATE TABLE plan_milestones (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    output_id  BIGINT NOT NULL REFERENCES plan_outputs (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    done_on    TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX plan_milestones_output ON plan_milestones (output_id, due_on);
CREATE INDEX plan_milestones_due ON plan_milestones (due_on) WHERE done_on IS NULL;

CREATE TABLE plan_evidence (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    output_id    BIGINT NOT NULL REFERENCES plan_outputs (id) ON DELETE CASCADE,
    milestone_id BIGINT REFERENCES plan_milestones (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('meeting', 'event', 'consultation', 'decision', 'proposal_version', 'wiki_page', 'file')),
    target_id    BIGINT NOT NULL,
    -- The linked thing's name when it was linked: shown when it has been renamed or deleted.
    linked_name  TEXT NOT NULL,
    created_by   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at   BIGINT NOT NULL
);
CREATE UNIQUE INDEX plan_evidence_once ON plan_evidence (output_id, COALESCE(milestone_id, 0), kind, target_id);
CREATE INDEX plan_evidence_target ON plan_evidence (kind, target_id);

CREATE TABLE plan_updates (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    output_id   BIGINT NOT NULL REFERENCES plan_outputs (id) ON DELETE CASCADE,
    author_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    status      TEXT NOT NULL,
    progress    BIGINT NOT NULL,
    note        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX plan_updates_output ON plan_updates (output_id, id);
CREATE INDEX plan_updates_newest ON plan_updates (id DESC);
