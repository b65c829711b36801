-- What extraction could not do in full for a document (e.g. a sentence too long to analyse
-- whole, cut into parts), one note a line; null when there is none. Last column: bulk copies
-- write the columns in the order of dyad.store.jdbc.Tables.DOCUMENTS.
ALTER TABLE documents ADD COLUMN notes VARCHAR;
