package dyad.web;

/**
 * How a message quotes what a client sent (a parameter, an id, a path): in single quotes, cut to
 * {@value #MAX} characters, control characters written as escapes, so an error stays short and on
 * one line. Markup needs no treatment here: JSON answers escape it ({@link WebJson}) and pages
 * auto-escape it.
 */
final class Shown {

    static final int MAX = 60;

    private Shown() {
    }

    static String quoted(String value) {
        if (value == null) {
            return "''";
        }
        String cut = value.length() > MAX ? value.substring(0, value.offsetByCodePoints(0, MAX)) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length() + 2).append('\'');
        cut.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }
}
