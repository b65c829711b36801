-- What a document's publisher says of it (catalog.csv, an HTML page's meta tags and JSON-LD, a
-- feed): title, publisher, author, link, language, genre; null where not known. Last columns:
-- bulk copies write the columns in the order of dyad.store.jdbc.Tables.DOCUMENTS.
ALTER TABLE documents ADD COLUMN title VARCHAR;
ALTER TABLE documents ADD COLUMN publisher VARCHAR;
ALTER TABLE documents ADD COLUMN author VARCHAR;
ALTER TABLE documents ADD COLUMN url VARCHAR;
ALTER TABLE documents ADD COLUMN language VARCHAR;
ALTER TABLE documents ADD COLUMN genre VARCHAR;
