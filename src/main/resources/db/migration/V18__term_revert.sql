-- An edited concept can be reverted to its file's version (the content folder's termbase, else the
-- shipped one): the revert is a revision like any other, holding the file's version as it was then,
-- and while the concept's newest revision is a revert it counts as not edited (the file's version,
-- as the files say it now, is in effect). Every concept and revision written so far is an edit.

ALTER TABLE term_concept ADD COLUMN reverted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE term_revision ADD COLUMN reverted BOOLEAN DEFAULT FALSE NOT NULL;
