-- dyad watch: what each feed was when last read in full, and the items already taken from feeds.
-- A feed's row is written once every new item of it is stored, so a round that failed on an item
-- reads the feed in full again next time and retries that item (the others are seen by then).

CREATE TABLE watched_feeds (
    url           VARCHAR     NOT NULL PRIMARY KEY,  -- as given to dyad watch: an http(s) URL or a file's absolute path
    etag          VARCHAR,                           -- the ETag it answered with, sent back as If-None-Match
    last_modified VARCHAR,                           -- its Last-Modified, sent back as If-Modified-Since
    body_sha256   VARCHAR(64) NOT NULL,              -- hex SHA-256 of its body: the same body is not parsed again
    read_at       TIMESTAMP   NOT NULL               -- UTC
);

-- One row per item taken (its page stored, or its text found stored already). An item is new unless
-- its feed has taken its key before or any feed has taken its link.
CREATE TABLE watched_items (
    feed_url     VARCHAR     NOT NULL,
    item_key     VARCHAR     NOT NULL,  -- the item's GUID (RSS guid, Atom id), else its link
    guid         VARCHAR,
    link         VARCHAR     NOT NULL,  -- the page fetched, the stored document's path
    content_hash VARCHAR(64) NOT NULL,  -- the stored document's key (documents.hash)
    taken_at     TIMESTAMP   NOT NULL,  -- UTC
    PRIMARY KEY (feed_url, item_key)
);
