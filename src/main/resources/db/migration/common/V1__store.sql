-- The store: documents keyed by content hash, and every extracted record flattened into
-- columns. Record tables are keyed by (document_id, n): n is the record's position in the
-- document's extraction output. Offsets are UTF-16 code units into documents.text.
-- Dates: *_value and *_precision as in the record format; *_start is the first day the
-- date can mean (null when unknown); date_month is year*100+month when known to the month.

CREATE SEQUENCE document_ids START 1;

CREATE TABLE documents (
    id             BIGINT       NOT NULL,
    hash           VARCHAR(64)  NOT NULL,  -- SHA-256 of the text as UTF-8, hex
    name           VARCHAR      NOT NULL,  -- the id records carry in "doc"
    path           VARCHAR,                -- where it was first read; null for stdin
    date_value     VARCHAR(10),
    date_precision VARCHAR(7)   NOT NULL,
    date_start     DATE,
    chars          INTEGER      NOT NULL,
    ingested_at    TIMESTAMP    NOT NULL,  -- UTC
    text           VARCHAR      NOT NULL
);

-- Which document each path holds now (a text may sit at several paths).
CREATE TABLE sources (
    path        VARCHAR NOT NULL,
    document_id BIGINT  NOT NULL
);

CREATE TABLE events (
    document_id    BIGINT      NOT NULL,
    n              INTEGER     NOT NULL,
    type           VARCHAR(9)  NOT NULL,
    mode           VARCHAR,
    source_text    VARCHAR,
    source_start   INTEGER,
    source_end     INTEGER,
    source_name    VARCHAR,
    source_country VARCHAR(3),
    source_org     VARCHAR,
    source_role    VARCHAR(3)  NOT NULL,
    target_text    VARCHAR,
    target_start   INTEGER,
    target_end     INTEGER,
    target_name    VARCHAR,
    target_country VARCHAR(3),
    target_org     VARCHAR,
    target_role    VARCHAR(3)  NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(7)  NOT NULL,
    date_start     DATE,
    date_month     INTEGER,
    modality       VARCHAR(12) NOT NULL,
    evidence_text  VARCHAR     NOT NULL,
    evidence_start INTEGER     NOT NULL,
    evidence_end   INTEGER     NOT NULL
);

-- Monthly counts per dyad, type and modality, kept in step with events in every write
-- transaction: timelines read this small table instead of scanning events.
CREATE TABLE event_counts (
    source_country VARCHAR(3)  NOT NULL,
    target_country VARCHAR(3)  NOT NULL,
    month          INTEGER     NOT NULL,  -- year*100+month
    type           VARCHAR(9)  NOT NULL,
    modality       VARCHAR(12) NOT NULL,
    events         BIGINT      NOT NULL
);

CREATE TABLE quotes (
    document_id     BIGINT  NOT NULL,
    n               INTEGER NOT NULL,
    speaker_text    VARCHAR,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    speaker_name    VARCHAR,
    speaker_country VARCHAR(3),
    speaker_org     VARCHAR,
    speaker_role    VARCHAR(3),           -- null when the speaker is unknown
    verb            VARCHAR,
    quote_text      VARCHAR NOT NULL,
    quote_start     INTEGER NOT NULL,
    quote_end       INTEGER NOT NULL
);

CREATE TABLE letters (
    document_id    BIGINT     NOT NULL,
    n              INTEGER    NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(7) NOT NULL,
    date_start     DATE
);

-- Authors, recipients and the recipients of earlier letters a letter refers to.
CREATE TABLE letter_actors (
    document_id   BIGINT      NOT NULL,
    letter_n      INTEGER     NOT NULL,
    part          VARCHAR(9)  NOT NULL,  -- author | recipient | reference
    reference_pos INTEGER     NOT NULL,  -- the reference's position; 0 for authors and recipients
    pos           INTEGER     NOT NULL,
    actor_text    VARCHAR,
    actor_start   INTEGER,
    actor_end     INTEGER,
    actor_name    VARCHAR,
    actor_country VARCHAR(3),
    actor_org     VARCHAR,
    actor_role    VARCHAR(3)  NOT NULL
);

CREATE TABLE demands (
    document_id       BIGINT  NOT NULL,
    letter_n          INTEGER NOT NULL,
    pos               INTEGER NOT NULL,
    number            INTEGER NOT NULL,
    summary           VARCHAR,
    addressee_text    VARCHAR,
    addressee_start   INTEGER,
    addressee_end     INTEGER,
    addressee_name    VARCHAR,
    addressee_country VARCHAR(3),
    addressee_org     VARCHAR,
    addressee_role    VARCHAR(3),        -- null when no addressee
    demand_text       VARCHAR NOT NULL,
    demand_start      INTEGER NOT NULL,
    demand_end        INTEGER NOT NULL
);

CREATE TABLE letter_references (
    document_id    BIGINT     NOT NULL,
    letter_n       INTEGER    NOT NULL,
    pos            INTEGER    NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(7) NOT NULL,
    date_start     DATE,
    replied        BOOLEAN
);

CREATE TABLE relations (
    document_id    BIGINT      NOT NULL,
    n              INTEGER     NOT NULL,
    country_a      VARCHAR(3)  NOT NULL,
    country_b      VARCHAR(3)  NOT NULL,
    attribute      VARCHAR(16) NOT NULL,
    state          VARCHAR(16) NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(7)  NOT NULL,
    date_start     DATE,
    evidence_text  VARCHAR,
    evidence_start INTEGER,
    evidence_end   INTEGER
);
