package dyad.web;

/**
 * A request the server will not serve whoever asks again the same way: 401 without valid
 * credentials, 403 from a foreign host or origin, or for what the credentials do not allow.
 */
final class Refused extends RuntimeException {

    private final int status;

    private Refused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 401: credentials are missing or wrong; the answer carries the challenge. */
    static Refused unauthorized(String message) {
        return new Refused(401, message);
    }

    /** 403: not from here, or not allowed. */
    static Refused forbidden(String message) {
        return new Refused(403, message);
    }

    int status() {
        return status;
    }
}
