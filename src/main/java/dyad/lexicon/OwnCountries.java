package dyad.lexicon;

import dyad.extract.actors.TsvTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's own countries.tsv as the converter needs it: which state each name, alias, adjective and
 * capital belongs to (compared ignoring case), and the states' ISO3 codes.
 */
final class OwnCountries {

    private final Map<String, String> owner = new HashMap<>();
    private final Set<String> codes = new HashSet<>();
    private final Map<String, List<String>> names = new HashMap<>();

    OwnCountries(List<TsvTable.Row> rows) {
        for (TsvTable.Row row : rows) {
            String iso3 = row.cell(0);
            codes.add(iso3);
            owner.put(key(row.cell(1)), iso3);
            List<String> own = new java.util.ArrayList<>(List.of(row.cell(1)));
            own.addAll(row.list(3));
            names.put(iso3, own.stream().filter(n -> n.length() >= 4).map(n -> n.toUpperCase(Locale.ROOT)).toList());
            for (int column : new int[] {3, 4, 5}) {
                row.list(column).forEach(n -> owner.put(key(n), iso3));
            }
        }
    }

    static OwnCountries load() {
        return new OwnCountries(TsvTable.read("/dyad/lexicon/actors/countries.tsv", 6));
    }

    /** The state whose name, alias, adjective or capital this phrase is, or null. */
    String ownerOf(String phrase) {
        return owner.get(key(phrase));
    }

    /** The state's name and aliases of four letters or more, upper case. */
    List<String> namesOf(String iso3) {
        return names.getOrDefault(iso3, List.of());
    }

    Set<String> codes() {
        return Set.copyOf(codes);
    }

    static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
