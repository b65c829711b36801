package dyad.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Python {@code str} operations score.py normalises with, re-done in Java so that
 * names, words and keys compare equal exactly when they do in Python. Java's own
 * {@code strip()}, {@code \\w} and lower-casing differ from Python's at the edges
 * (non-breaking spaces, numbers like "½", "ß"), which would move a match.
 */
final class PyText {

    private PyText() {
    }

    /** Python {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python {@code \w}: letters and numbers of every kind, and the underscore. */
    static boolean isWord(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> cp == '_';
        };
    }

    /** Python {@code str.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Python {@code str.split()} with no argument: runs of whitespace separate, no empty parts. */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < s.length() && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                parts.add(s.substring(start, i));
            }
        }
        return parts;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Python {@code str.casefold()}, per code point as lower(upper(lower(c))): that folds
     * "ß"/"ẞ" to "ss", "ς" to "σ" and "ﬁ" to "fi" as casefold does. Per code point so that
     * Java's context-dependent final sigma never applies. Two exceptions (checked against
     * Python over all of Unicode 13): dotless "ı" stays, and Cherokee folds to upper case.
     */
    static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (cp == 0x131) {
                out.append(c);
            } else if (block == Character.UnicodeBlock.CHEROKEE
                    || block == Character.UnicodeBlock.CHEROKEE_SUPPLEMENT) {
                out.append(upper(c));
            } else {
                out.append(lower(upper(lower(c))));
            }
        });
        return out.toString();
    }

    /** NFKD, then drop code points with a non-zero canonical combining class (unicodedata.combining). */
    static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        d.codePoints().filter(cp -> !combining(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether a (decomposed) code point has a non-zero canonical combining class. The JDK does
     * not expose the class, but canonical reordering reveals it: NFD moves a mark of lower
     * non-zero class in front of U+0301 (class 230), and a mark of class above 1 behind
     * U+0334 (class 1). Class-0 code points never move. Marks of category Mn with class 0
     * (about a thousand, e.g. Thai vowel signs) are kept, as Python keeps them.
     */
    static boolean combining(int cp) {
        if (cp < 0x300) {
            return false;
        }
        String m = new String(Character.toChars(cp));
        String afterAcute = Normalizer.normalize("a\u0301" + m, Normalizer.Form.NFD);
        if (afterAcute.equals("a" + m + "\u0301")) {
            return true;
        }
        String beforeOverlay = Normalizer.normalize("a" + m + "\u0334", Normalizer.Form.NFD);
        return beforeOverlay.equals("a\u0334" + m);
    }

    /** score.py norm_name: drop accents, casefold, punctuation to spaces, collapse spaces. */
    static String normName(String s) {
        if (s == null) {
            return "";
        }
        String folded = casefold(stripAccents(s));
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (isWord(cp) || isSpace(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return String.join(" ", split(out.toString()));
    }

    /** Python's ordering of str: by code point, not by UTF-16 unit. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Python {@code repr()} of a str: single quotes unless only double quotes avoid escaping. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (!printable(cp)) {
                out.append(cp < 0x100 ? String.format("\\x%02x", cp)
                        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    /** Python {@code str.isprintable()} for one code point. */
    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }
}
