package dyad.gdelt;

/**
 * One tab-separated line, split once into field boundaries (no regular expression, no copies): a
 * field becomes a String only when asked for. Empty fields read as null.
 */
final class TabLine {

    private final String line;
    private int[] starts = new int[64];
    private int fields;

    TabLine(String line) {
        this.line = line;
        int n = 0;
        starts[n++] = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        fields = n;
    }

    int size() {
        return fields;
    }

    private int end(int i) {
        return i + 1 < fields ? starts[i + 1] - 1 : line.length();
    }

    /** The field's text, or null when it is empty (trailing carriage return dropped). */
    String text(int i) {
        int start = starts[i];
        int end = end(i);
        if (end > start && line.charAt(end - 1) == '\r') {
            end--;
        }
        return end == start ? null : line.substring(start, end);
    }

    /** The field as an integer; null when empty; {@link BadRow} naming the column when not a number. */
    Integer integer(int i, String column) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadRow("not a number", column + " '" + s + "'");
        }
    }

    long number(int i, String column) {
        String s = text(i);
        try {
            return Long.parseLong(s == null ? "" : s);
        } catch (NumberFormatException e) {
            throw new BadRow("bad " + column, column + " '" + (s == null ? "" : s) + "'");
        }
    }

    Double decimal(int i, String column) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new BadRow("not a number", column + " '" + s + "'");
        }
    }
}
