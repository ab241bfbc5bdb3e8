-- Support requests from the help center's contact page, not only from a guide's last step: such
-- a request has no walkthrough. Every request now says its reader's language and the guide it
-- came from (none from the contact page), for the dashboard; requests made before are filled in
-- from their walkthroughs. A contact form carries a key of its own, so that sending the same form
-- twice (a double click, a reload) makes one request.

ALTER TABLE support_request ALTER COLUMN walkthrough_id DROP NOT NULL;
ALTER TABLE support_request ADD COLUMN lang VARCHAR(8);
ALTER TABLE support_request ADD COLUMN guide_slug VARCHAR(120);
ALTER TABLE support_request ADD COLUMN submission_key VARCHAR(64);

UPDATE support_request SET
    lang = (SELECT w.lang FROM walkthrough w WHERE w.id = support_request.walkthrough_id),
    guide_slug = (SELECT w.guide_slug FROM walkthrough w WHERE w.id = support_request.walkthrough_id);

CREATE UNIQUE INDEX support_request_submission_unique ON support_request (submission_key);
CREATE INDEX support_request_created_idx ON support_request (created_at);
