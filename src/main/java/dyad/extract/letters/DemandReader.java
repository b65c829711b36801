package dyad.extract.letters;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered items of a letter: each runs from its number to the next number or blank line,
 * nested bullets included. An item that asks something (we urge / call on / must) is a
 * demand, addressed to the first government it names.
 */
final class DemandReader {

    record Item(int n, int start, int end, String text) {
    }

    /**
     * A full stop that ends a sentence: not the last dot of an initialism ("the U.S. military",
     * "U.N. experts"), which is a dot after a capital that itself follows a dot.
     */
    private static final String STOP = "(?<!\\.\\p{Lu})[.!?]";

    private static final Pattern TO_CLAUSE = Pattern.compile(
            "\\bto:?\\s+(?:\\w+ly\\s+)?(.+?)(?:(?:" + STOP + "|;)\\s|[.;]?$)", Pattern.DOTALL);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=" + STOP + ")\\s+");

    private DemandReader() {
    }

    static List<Item> items(String text) {
        List<Item> items = new ArrayList<>();
        Matcher m = LetterCues.NUMBERED_ITEM.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {Integer.parseInt(m.group(1)), m.end(), m.start()});
        }
        for (int k = 0; k < starts.size(); k++) {
            int begin = starts.get(k)[1];
            int limit = k + 1 < starts.size() ? starts.get(k + 1)[2] : text.length();
            int blank = text.indexOf("\n\n", begin);
            int end = blank >= 0 && blank < limit ? blank : limit;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > begin) {
                items.add(new Item(starts.get(k)[0], begin, end, text.substring(begin, end)));
            }
        }
        return items;
    }

    static List<Demand> demands(String text, List<Mention> mentions) {
        List<Demand> out = new ArrayList<>();
        for (Item item : items(text)) {
            if (!LetterCues.DEMAND_CUE.matcher(item.text()).find()) {
                continue;
            }
            Actor addressee = mentions.stream().map(Mention::actor)
                    .filter(a -> a.start() != null && a.start() >= item.start() && a.end() <= item.end())
                    .filter(a -> a.country() != null && a.role() == Role.GOV)
                    .findFirst().orElse(null);
            out.add(new Demand(item.n(), summary(item.text()), addressee, item.text(), item.start(), item.end()));
        }
        return out;
    }

    /** The asked-for act: the clause after "to", up to its first stop, at most ~15 words. */
    static String summary(String item) {
        String firstSentence = SENTENCE_END.split(item, 2)[0];
        Matcher m = TO_CLAUSE.matcher(firstSentence);
        String core = m.find() ? m.group(1) : firstSentence;
        String[] words = core.replaceAll("[\\[\\]*_]|\\(#\\)", "").trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 15); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return b.toString().replaceAll("[,;:.]$", "");
    }
}
