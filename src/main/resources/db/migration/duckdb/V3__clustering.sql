-- The embedded store appends count changes to event_counts as rows of their own (readers sum
-- each cell), and keeps the table in dyad order so that DuckDB's per-row-group min/max
-- statistics skip all but a few row groups when a timeline asks for one dyad.
-- Repository.optimize() folds the table to one row per cell and rewrites it in dyad order when
-- the rows appended since the last time grow past a tenth of it. This row remembers how many
-- rows the last rewrite left.
CREATE TABLE store_clustering (
    table_name     VARCHAR NOT NULL,
    clustered_rows BIGINT  NOT NULL
);
