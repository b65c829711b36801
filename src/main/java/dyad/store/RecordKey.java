package dyad.store;

/**
 * Where a record is stored: its document's id and its position {@code n} in that document's
 * extraction output. Printed and parsed as {@code 123-4}, for URLs and search indexes.
 */
public record RecordKey(long document, int n) {

    public RecordKey {
        if (document < 1 || n < 0) {
            throw new IllegalArgumentException("bad record key " + document + "-" + n);
        }
    }

    public static RecordKey parse(String s) {
        int dash = s == null ? -1 : s.indexOf('-');
        try {
            if (dash > 0) {
                return new RecordKey(Long.parseLong(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1)));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("record key must look like 123-4: '" + s + "'");
    }

    @Override
    public String toString() {
        return document + "-" + n;
    }
}
