-- Letter accountability: decisions people made about letters (a state set by hand, a reply or
-- evidence linked or unlinked), append-only: rows are only ever inserted, so the table is the
-- audit log of who decided what, when and why. Letters are named by their document's content
-- hash and position, which survive re-ingesting; rows outlive the documents they name.

CREATE SEQUENCE letter_decision_ids START 1;

CREATE TABLE letter_decisions (
    id              BIGINT      NOT NULL,
    letter_document VARCHAR(64) NOT NULL,  -- documents.hash of the letter (or of the letter citing it)
    letter_n        INTEGER     NOT NULL,  -- the letter's position in that document's records
    reference_pos   INTEGER,               -- a cited earlier letter: its position among the references
    action          VARCHAR(16) NOT NULL,  -- letter_state | demand_state | link_reply | unlink_reply | link_evidence | unlink_evidence
    demand_n        INTEGER,               -- the demand's number, for demand actions
    value           VARCHAR     NOT NULL,  -- a state code or auto; or HASH:N of the reply letter or event
    effective       DATE        NOT NULL,  -- from when the decision holds (for replaying history)
    decided_by      VARCHAR     NOT NULL,
    decided_at      TIMESTAMP   NOT NULL,  -- UTC
    reason          VARCHAR     NOT NULL
);
