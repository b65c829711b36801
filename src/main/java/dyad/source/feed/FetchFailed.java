package dyad.source.feed;

/**
 * Why a feed or a page could not be had: an HTTP status, a timeout, a body over the limit, too many
 * redirects, a malformed feed. The message is the bare reason; the reader names the address. No stack
 * trace: an expected outcome reported to the user, not a bug.
 */
public final class FetchFailed extends Exception {

    public FetchFailed(String reason) {
        super(reason, null, false, false);
    }
}
