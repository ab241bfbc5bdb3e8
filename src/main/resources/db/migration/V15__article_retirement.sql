-- An article taken out of the help center: kept with every translation and revision, found by
-- editors, reinstated as it was; readers, search, guides and the sitemap no longer have it.

ALTER TABLE article ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN retired_by VARCHAR(64);
ALTER TABLE article ADD COLUMN retired_because VARCHAR(500);
