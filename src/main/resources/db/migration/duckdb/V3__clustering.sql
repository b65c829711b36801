-- The embedded store keeps event_counts in dyad order so that DuckDB's per-row-group min/max
-- statistics skip all but a few row groups when a timeline asks for one dyad. New cells are
-- appended out of order; Repository.optimize() rewrites the table in order when the rows
-- appended since the last rewrite grow past a tenth of it. This row remembers how many rows
-- the last rewrite left in order.
CREATE TABLE store_clustering (
    table_name     VARCHAR NOT NULL,
    clustered_rows BIGINT  NOT NULL
);
