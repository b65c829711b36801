package dyad.access;

import java.util.Optional;

/**
 * Who a presented token belongs to. A token is issued to one named holder ({@code dyad tokens add
 * NAME}) and names that holder until revoked; the web server asks this for every request that
 * carries one.
 */
@FunctionalInterface
public interface Tokens {

    /** Knows no token: where the store keeps none (an in-memory store). */
    Tokens NONE = token -> Optional.empty();

    /** The holder of this token, or empty when no such token is issued (never issued, or revoked). */
    Optional<String> holder(String token);
}
