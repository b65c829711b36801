-- What a decision knew of the records it names by content hash (the letter, and the reply or
-- event a link names): the document's path and the record's identity (same date, authors and
-- recipients for a letter). When the file changes and is ingested again, the decision follows
-- the record to its new version, or is listed as needing a person. Null in older rows.
ALTER TABLE letter_decisions ADD COLUMN letter_path VARCHAR;
ALTER TABLE letter_decisions ADD COLUMN letter_identity VARCHAR;
ALTER TABLE letter_decisions ADD COLUMN target_path VARCHAR;
ALTER TABLE letter_decisions ADD COLUMN target_identity VARCHAR;
