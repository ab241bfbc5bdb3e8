-- Guide texts edited in the editor: who saved a revision and why. Imported revisions have neither.
ALTER TABLE guide_revision ADD COLUMN author VARCHAR(80);
ALTER TABLE guide_revision ADD COLUMN message VARCHAR(500);
