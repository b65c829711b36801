-- The embedded store counts new documents' events when Repository.optimize() folds
-- event_counts, not in every write: appending count rows beside the events cost a write
-- almost as much again (sparse cells: a batch of events has nearly as many cells as events).
-- Every document with an id up to through_id has its events in event_counts; the events of
-- later documents are counted by event_cells from the events table itself (document ids only
-- grow, and optimize runs with writes locked out).
CREATE TABLE counted_documents (
    through_id BIGINT NOT NULL
);
INSERT INTO counted_documents SELECT coalesce(max(id), 0) FROM documents;

-- What timelines read: the counted cells plus the cells of the documents not yet counted.
-- The month key is event_counts': year*100+month, year*100 for a year only, 0 when undated.
CREATE VIEW event_cells AS
SELECT source_country, target_country, month, type, modality, events FROM event_counts
UNION ALL
SELECT source_country, target_country,
       CASE WHEN date_month IS NOT NULL THEN date_month
            WHEN date_start IS NOT NULL THEN CAST(EXTRACT(YEAR FROM date_start) AS INTEGER) * 100
            ELSE 0 END,
       type, modality, 1
FROM events
WHERE document_id > (SELECT max(through_id) FROM counted_documents)
  AND source_country IS NOT NULL AND target_country IS NOT NULL;
