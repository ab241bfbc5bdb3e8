-- Who searched, as far as suggestions need it: whether the searcher was staff (their searches
-- reach internal articles and are never suggested to readers), and a keyed hash of their
-- address, so that a query becomes a suggestion only when several people searched it. The key
-- lives in the server's memory only: the hash cannot be turned back into an address.

ALTER TABLE search_event ADD COLUMN staff INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE search_event ADD COLUMN searcher VARCHAR(16) DEFAULT '' NOT NULL;
