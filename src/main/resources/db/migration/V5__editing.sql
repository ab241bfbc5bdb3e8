-- Editing in the server: every revision has an author, a message and the workflow state it was
-- saved in; a translation shows readers its published revision, while editors work on the newest.

ALTER TABLE revision ADD COLUMN author VARCHAR(64);
ALTER TABLE revision ADD COLUMN message VARCHAR(500);
ALTER TABLE revision ADD COLUMN state VARCHAR(16);
UPDATE revision SET author = 'system', state = 'published', message = 'Imported from the content folder';
ALTER TABLE revision ALTER COLUMN author SET NOT NULL;
ALTER TABLE revision ALTER COLUMN state SET NOT NULL;

-- The revision readers see (null until the first is published), and where the newest stands.
ALTER TABLE translation ADD COLUMN published_revision INTEGER;
ALTER TABLE translation ADD COLUMN state VARCHAR(16);
UPDATE translation SET published_revision = current_revision, state = 'published';
ALTER TABLE translation ALTER COLUMN state SET NOT NULL;
ALTER TABLE translation ADD CONSTRAINT translation_state_check CHECK (state IN ('draft', 'review', 'published'));
