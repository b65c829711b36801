-- PostgreSQL is a row store: keys keep the data honest under concurrent writers, and
-- B-tree indexes serve the repository's lookups and filters.
ALTER TABLE documents ADD PRIMARY KEY (id);
ALTER TABLE documents ADD CONSTRAINT documents_hash_key UNIQUE (hash);
ALTER TABLE sources ADD PRIMARY KEY (path);
CREATE INDEX sources_document ON sources (document_id);

ALTER TABLE events ADD PRIMARY KEY (document_id, n);
CREATE INDEX events_dyad ON events (source_country, target_country, date_start);
CREATE INDEX events_target ON events (target_country, date_start);
CREATE INDEX events_date ON events (date_start);

ALTER TABLE event_counts ADD PRIMARY KEY (source_country, target_country, month, type, modality);

ALTER TABLE quotes ADD PRIMARY KEY (document_id, n);
ALTER TABLE letters ADD PRIMARY KEY (document_id, n);
CREATE INDEX letter_actors_letter ON letter_actors (document_id, letter_n);
CREATE INDEX letter_actors_country ON letter_actors (actor_country);
CREATE INDEX demands_letter ON demands (document_id, letter_n);
CREATE INDEX letter_references_letter ON letter_references (document_id, letter_n);
ALTER TABLE relations ADD PRIMARY KEY (document_id, n);
CREATE INDEX relations_pair ON relations (country_a, country_b);
