package dyad.web;

/** Something the client named does not exist: answered with HTTP 404. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
