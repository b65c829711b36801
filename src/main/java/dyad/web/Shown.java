package dyad.web;

import dyad.source.IngestError;

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
        String cut = value.codePointCount(0, value.length()) > MAX ? value.substring(0, value.offsetByCodePoints(0, MAX)) + "…"
                : value;
        return "'" + IngestError.shown(cut) + "'";
    }
}
