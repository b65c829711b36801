-- As duckdb/V20 (read its comment), with PostgreSQL's keys and the index a pair's timeline reads.
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

ALTER TABLE imported_events ADD PRIMARY KEY (origin, origin_id);
CREATE INDEX imported_events_pair ON imported_events (source_country, target_country, month);
ALTER TABLE imported_mentions ADD PRIMARY KEY (origin, event_id, identifier, sentence_id, actor1_offset, actor2_offset, action_offset);
