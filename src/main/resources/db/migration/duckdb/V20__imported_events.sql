-- Events imported from other event data ('dyad import gdelt'), kept apart from the events Dyad
-- extracts: their own tables, keyed by where they come from (origin 'gdelt', 'plover') and that
-- source's id (GLOBALEVENTID; a hash of a PLOVER id), so a re-import adds nothing twice. type/mode: the PLOVER type and mode of the
-- CAMEO event code (NULL where Dyad codes none, CAMEO 01x statements); *_country: the ISO3 state of
-- the CAMEO actor country code (*_cameo_country, kept as GDELT wrote it; NULL for a region or an
-- unknown code); *_geo_country: FIPS 10-4, as GDELT writes them. Mentions (GDELT 2.0) point to their
-- event by event_id; one is known by its article, sentence and the three offsets (-1: not found). Column order: dyad.store.jdbc.ImportTables (bulk copies write in that order).
-- The embedded store has no keys or indexes (see README.md); PostgreSQL's are in postgresql/V20.
CREATE TABLE imported_events (
    origin VARCHAR NOT NULL,
    origin_id BIGINT NOT NULL,
    day DATE NOT NULL,
    month INTEGER NOT NULL,
    cameo VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    root_event BOOLEAN,
    quad INTEGER,
    goldstein DOUBLE PRECISION,
    source_code VARCHAR,
    source_name VARCHAR,
    source_cameo_country VARCHAR,
    source_country VARCHAR,
    source_role VARCHAR,
    target_code VARCHAR,
    target_name VARCHAR,
    target_cameo_country VARCHAR,
    target_country VARCHAR,
    target_role VARCHAR,
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER,
    avg_tone DOUBLE PRECISION,
    source_geo_country VARCHAR,
    target_geo_country VARCHAR,
    action_geo_country VARCHAR,
    action_geo_name VARCHAR,
    action_geo_lat DOUBLE PRECISION,
    action_geo_long DOUBLE PRECISION,
    date_added TIMESTAMP,
    url VARCHAR
);

CREATE TABLE imported_mentions (
    origin VARCHAR NOT NULL,
    event_id BIGINT NOT NULL,
    event_time TIMESTAMP,
    mention_time TIMESTAMP,
    mention_type INTEGER,
    source_name VARCHAR,
    identifier VARCHAR NOT NULL,
    sentence_id INTEGER NOT NULL,
    actor1_offset INTEGER NOT NULL,
    actor2_offset INTEGER NOT NULL,
    action_offset INTEGER NOT NULL,
    in_raw_text BOOLEAN,
    confidence INTEGER,
    doc_length INTEGER,
    doc_tone DOUBLE PRECISION,
    translation VARCHAR
);
