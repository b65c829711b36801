-- The letter decision log is append-only: a key, an index by letter, and a trigger that refuses
-- UPDATE and DELETE so no tool can rewrite the audit trail.
ALTER TABLE letter_decisions ADD PRIMARY KEY (id);
CREATE INDEX letter_decisions_letter ON letter_decisions (letter_document, letter_n);

CREATE FUNCTION letter_decisions_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'letter_decisions is append-only: record a new decision instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letter_decisions_append_only BEFORE UPDATE OR DELETE ON letter_decisions
    FOR EACH ROW EXECUTE FUNCTION letter_decisions_append_only();
