package dyad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures written the way the sentence reads:
 * {@code [Canada:CAN/GOV] {imposed sanctions:SANCTION} on [Venezuela:VEN/GOV] in 2017.}
 * Brackets mark actors (country or '-', role), braces mark a trigger and its PLOVER type.
 * {@link #text()} is the plain sentence; offsets of marks refer to it.
 */
public record Marked(String text, List<Mark> actors, List<Mark> triggers) {

    public record Mark(String text, int start, int end, String code, String role) {
    }

    private static final Pattern MARK = Pattern.compile("\\[([^\\]:]+):([A-Z_]{2,12}|-)/([A-Z]{3})]|\\{([^}:]+):([A-Z]+)}");

    public static Marked parse(String markup) {
        StringBuilder plain = new StringBuilder();
        List<Mark> actors = new ArrayList<>();
        List<Mark> triggers = new ArrayList<>();
        Matcher m = MARK.matcher(markup);
        int last = 0;
        while (m.find()) {
            plain.append(markup, last, m.start());
            int start = plain.length();
            if (m.group(1) != null) {
                plain.append(m.group(1));
                actors.add(new Mark(m.group(1), start, plain.length(), m.group(2), m.group(3)));
            } else {
                plain.append(m.group(4));
                triggers.add(new Mark(m.group(4), start, plain.length(), m.group(5), null));
            }
            last = m.end();
        }
        plain.append(markup.substring(last));
        return new Marked(plain.toString(), actors, triggers);
    }

    /** The country code of a marked actor, or null for '-'. */
    public static String country(Mark m) {
        return m.code().equals("-") ? null : m.code();
    }
}
