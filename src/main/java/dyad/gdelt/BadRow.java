package dyad.gdelt;

/**
 * A row (or record) that cannot be imported: {@code reason} is what the summary counts it under ("bad date"),
 * {@code detail} what the one line on stderr adds ("SQLDATE '20141399'").
 */
public final class BadRow extends RuntimeException {

    private final String reason;

    public BadRow(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
