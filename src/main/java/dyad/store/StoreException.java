package dyad.store;

/** The store failed: the message names the store (without password) and what was being done. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** "STORE: what: the first line of the driver's message", for a statement on {@code location} that failed. */
    public static StoreException of(StoreLocation location, String what, Throwable e) {
        return new StoreException(location.describe() + ": " + what + ": " + firstLine(e), e);
    }

    /** The first line of a driver's message, which may run on with a stack of SQL. */
    public static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
