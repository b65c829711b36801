-- Copies and event clusters (docs/clusters.md). Written in the same transaction as the document
-- they are computed from, so a store never holds a clustered document half clustered; a
-- document with a row in document_signatures has been clustered (a bulk load that leaves
-- clustering to `dyad cluster --rebuild` writes none).
CREATE TABLE document_signatures (
    document_id BIGINT  NOT NULL,
    minhash     VARCHAR NOT NULL   -- MinHash values over word shingles, hexadecimal, space separated
);

-- LSH: one row per band of a document's signature; documents sharing a band hash are compared.
CREATE TABLE document_bands (
    band_hash   BIGINT NOT NULL,
    document_id BIGINT NOT NULL
);

-- A near-duplicate (syndicated copy, light rewrite) and the earlier stored document it copies.
CREATE TABLE document_copies (
    document_id BIGINT           NOT NULL,
    original_id BIGINT           NOT NULL,
    similarity  DOUBLE PRECISION NOT NULL
);

-- Each clustered event (documents' events by (document_id, n)) with what matching reads, so a
-- new telling is compared without reading the events table: its block (type, parties, month),
-- family (the document's original when it is a copy, else the document), publisher and report date.
CREATE TABLE cluster_members (
    document_id    BIGINT      NOT NULL,
    n              INTEGER     NOT NULL,
    cluster_id     BIGINT      NOT NULL,
    block          BIGINT      NOT NULL,
    type           VARCHAR(9)  NOT NULL,
    source_party   VARCHAR,               -- the actor's country, else its organisation code
    target_party   VARCHAR,
    date_value     VARCHAR(10),
    date_precision VARCHAR(7)  NOT NULL,
    modality       VARCHAR(12) NOT NULL,
    words          VARCHAR     NOT NULL,  -- the evidence's content words, hashed (dyad.cluster.EvidenceWords)
    family         BIGINT      NOT NULL,
    publisher      VARCHAR,
    reported       DATE
);

CREATE SEQUENCE cluster_ids START 1;

-- One row per cluster: its canonical telling and its corroboration.
CREATE TABLE event_clusters (
    id                 BIGINT  NOT NULL,
    canonical_document BIGINT  NOT NULL,
    canonical_n        INTEGER NOT NULL,
    documents          INTEGER NOT NULL,
    independent        INTEGER NOT NULL,
    first_report       DATE,
    last_report        DATE,
    modality_conflict  BOOLEAN NOT NULL,
    date_conflict      BOOLEAN NOT NULL
);

-- Point lookups for adding one document among millions of events (both engines use these for
-- equality and IN filters; the other tables of the embedded store have no index on purpose).
CREATE INDEX document_signatures_document ON document_signatures (document_id);
CREATE INDEX document_bands_hash ON document_bands (band_hash);
CREATE INDEX document_copies_document ON document_copies (document_id);
CREATE INDEX cluster_members_block ON cluster_members (block);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);
CREATE INDEX cluster_members_record ON cluster_members (document_id);
CREATE INDEX event_clusters_id ON event_clusters (id);
