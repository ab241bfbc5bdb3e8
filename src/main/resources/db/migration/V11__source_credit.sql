-- The published original an article was made from, credited on its page beside source_url:
-- its title, and who wrote or published it.

ALTER TABLE translation ADD COLUMN source_title VARCHAR(300);
ALTER TABLE translation ADD COLUMN source_author VARCHAR(300);
ALTER TABLE revision ADD COLUMN source_title VARCHAR(300);
ALTER TABLE revision ADD COLUMN source_author VARCHAR(300);
