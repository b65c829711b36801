package dyad.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts the phrases of a PETRARCH country record into {@code name}, {@code adjective} and
 * {@code place}, comparing with the record's primary phrase and then with the state's names and aliases
 * in countries.tsv. A hand list (place-kinds.tsv: iso3, phrase, kind, with kind {@code drop} to leave a
 * phrase out) decides first; then, comparing with the record's primary phrase (the country's name):
 * <ol>
 *   <li>adjective: the phrase ends in a demonym ending (-ian, -ians, -ans, -ese, -ish, -i, -is, -er,
 *       -ers) and shares its first four letters with the name ("AFGHAN", "PAKISTANI");
 *   <li>name (checked first for spellings): a spelling of the name (edit distance at most a quarter of its
 *       length: "AFGANISTAN"); or it contains the name or is an official style ("KINGDOM OF …") and has no
 *       geographic word (gulf, sea, city, north, new …: "GULF OF MEXICO" is a place);
 *   <li>drop: a one-word phrase that is an English word of the verb or agent dictionaries ("MALE", "SPLIT");
 *   <li>place: anything else (cities, provinces, regions, rivers).
 * </ol>
 */
final class PlaceClassifier {

    private static final String DEMONYM = ".*(IAN|IANS|ANS|ESE|ISH|I|IS|ER|ERS)";
    private static final String OFFICIAL = ".*\\b(REPUBLIC|KINGDOM|EMIRATE|EMIRATES|SULTANATE|PRINCIPALITY|FEDERATION|"
            + "COMMONWEALTH|CONFEDERATION|GRAND DUCHY|STATE OF|UNION OF)\\b.*";

    private static final String GEOGRAPHIC = ".*\\b(GULF|SEA|CANAL|RIVER|LAKE|CITY|MOUNT|MOUNTAINS|BAY|STRAIT|ISLAND|"
            + "ISLANDS|PROVINCE|REGION|VALLEY|DESERT|COAST|PORT|BORDER|NORTH|SOUTH|EAST|WEST|NORTHERN|SOUTHERN|EASTERN|"
            + "WESTERN|CENTRAL|UPPER|LOWER|NEW)\\b.*";

    private final Map<String, String> hand = new HashMap<>();
    private final java.util.Set<String> commonWords;
    private final OwnCountries own;

    /** {@code commonWords}: lower-case English words (from the verb and agent dictionaries); a lone one is no place. */
    PlaceClassifier(List<TsvRows.Row> handRows, java.util.Set<String> commonWords, OwnCountries own) {
        this.commonWords = commonWords;
        this.own = own;
        for (TsvRows.Row row : handRows) {
            String kind = row.cell(2);
            if (!List.of("name", "adjective", "place", "drop").contains(kind)) {
                throw row.error("kind is name, adjective, place or drop, not '" + kind + "'");
            }
            if (hand.put(row.cell(0) + "|" + OwnCountries.key(row.cell(1)), kind) != null) {
                throw row.error("listed twice: " + row.cell(1));
            }
        }
    }

    /** The kind of {@code phrase} (words separated by spaces) in the record of {@code iso3} named {@code name}. */
    String kind(String iso3, String name, String phrase) {
        String kind = kindBy(iso3, name, phrase);
        if (!kind.equals("place") || own == null) {
            return kind;
        }
        for (String other : own.namesOf(iso3)) {
            if (!other.equals(name.toUpperCase(Locale.ROOT)) && kindBy(iso3, other, phrase).equals("name")) {
                return "name";
            }
        }
        return kind;
    }

    private String kindBy(String iso3, String name, String phrase) {
        String listed = hand.get(iso3 + "|" + OwnCountries.key(phrase));
        if (listed != null) {
            return listed;
        }
        String p = phrase.toUpperCase(Locale.ROOT);
        String n = name.toUpperCase(Locale.ROOT);
        if (p.equals(n) || distance(p, n) <= n.length() / 4) {
            return "name";
        }
        if (p.matches(DEMONYM) && p.length() >= 4 && n.length() >= 4 && p.regionMatches(0, n, 0, 4) && !p.contains(n)) {
            return "adjective";
        }
        if ((p.contains(n) || p.matches(OFFICIAL)) && !p.matches(GEOGRAPHIC)) {
            return "name";
        }
        if (!p.contains(" ") && commonWords.contains(p.toLowerCase(Locale.ROOT))) {
            return "drop";
        }
        return "place";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
