-- An event's evidence is a slice of its document's text: new rows leave evidence_text NULL
-- when it equals documents.text[evidence_start, evidence_end) (UTF-16 offsets), and readers
-- rebuild it from the document. Rows stored before keep their text; both read the same.
-- The long sentence was the costliest column to append and compress.
ALTER TABLE events ALTER COLUMN evidence_text DROP NOT NULL;
