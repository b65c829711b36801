-- Who may write through `dyad serve` when it listens beyond loopback (and read, with --private):
-- one token per holder, issued by `dyad tokens add NAME` and deleted by `dyad tokens revoke NAME`.
-- Only the SHA-256 of a token is kept; the token itself is shown once, when issued. The holder's
-- name is the `decided_by` of the letter decisions made with the token.

CREATE TABLE access_tokens (
    holder       VARCHAR     NOT NULL PRIMARY KEY,
    token_sha256 VARCHAR(64) NOT NULL UNIQUE,  -- hex SHA-256 of the token's UTF-8 bytes
    issued_at    TIMESTAMP   NOT NULL          -- UTC
);
