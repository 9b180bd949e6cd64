-- Wiki pages "consortium members only": read (and so edited, discussed, watched and found)
-- only by the current members' representatives and coordinators. A file uploaded for such a
-- page is members-only with it. 0 = everyone may read (the default, as before).
ALTER TABLE wiki_pages ADD COLUMN members_only INTEGER NOT NULL DEFAULT 0 CHECK (members_only IN (0, 1));
-- Lists and search leave these pages out for everyone else: few pages, so a small index.
CREATE INDEX wiki_pages_members_only ON wiki_pages (id) WHERE members_only = 1;
