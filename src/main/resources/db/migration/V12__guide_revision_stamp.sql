-- Guide revisions carry the same stamp as article revisions (article.RevisionStamp): an author is
-- always named, a user name of at most 64 characters, and imports are saved by 'system' with the
-- message articles have. Authors written so far are user names (at most 64) or none (imports).

UPDATE guide_revision SET author = 'system' WHERE author IS NULL;
UPDATE guide_revision SET message = 'Imported from the content folder' WHERE origin = 'IMPORT' AND message IS NULL;
ALTER TABLE guide_revision ALTER COLUMN author SET NOT NULL;
ALTER TABLE guide_revision ALTER COLUMN author SET DATA TYPE VARCHAR(64);
