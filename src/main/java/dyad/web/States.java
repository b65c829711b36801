package dyad.web;

import dyad.extract.actors.TsvTable;
import java.util.HashSet;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-3 codes of the states Dyad knows (the gazetteer's {@code countries.tsv}): every
 * country the store holds is one of them (extraction and imports map to no other), so a code outside
 * them is a mistake to name rather than a question with an empty answer.
 */
final class States {

    private static final Set<String> CODES = load();

    private States() {
    }

    static boolean known(String iso3) {
        return CODES.contains(iso3);
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>();
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/actors/countries.tsv", 6)) {
            codes.add(row.cell(0));
        }
        return Set.copyOf(codes);
    }
}
