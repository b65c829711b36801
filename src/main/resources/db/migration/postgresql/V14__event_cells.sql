-- What timelines read (see duckdb/V14): PostgreSQL keeps event_counts in step in every write
-- transaction, so its cells are the counts themselves.
CREATE VIEW event_cells AS
SELECT source_country, target_country, month, type, modality, events FROM event_counts;
