package dyad.access;

import java.time.Instant;

/** A token as listed: its holder and when it was issued (the token itself is never kept). */
public record IssuedToken(String holder, Instant issued) {
}
