package dyad.accountability;

import dyad.extract.actors.TsvTable;
import dyad.model.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Whether a demand's text names an act's target: by its mention, its name, or a name of its country. */
final class PartyNames {

    private static final String COUNTRIES = "/dyad/lexicon/actors/countries.tsv";

    private final Map<String, List<String>> namesByCountry;

    private PartyNames(Map<String, List<String>> namesByCountry) {
        this.namesByCountry = namesByCountry;
    }

    static PartyNames load() {
        Map<String, List<String>> names = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(COUNTRIES, 6)) {
            List<String> all = new ArrayList<>();
            all.add(row.cell(1));
            all.add(row.cell(2));
            all.addAll(row.list(3));
            all.addAll(row.list(5));
            names.put(row.cell(0), all);
        }
        return new PartyNames(names);
    }

    boolean named(Actor target, String text) {
        List<String> names = new ArrayList<>();
        if (target.text() != null) {
            names.add(target.text());
        }
        if (target.name() != null) {
            names.add(target.name());
        }
        if (target.country() != null) {
            names.addAll(namesByCountry.getOrDefault(target.country(), List.of()));
        }
        return names.stream().anyMatch(n -> occurs(n, text));
    }

    /** Short names ("US") only as written, so that "us" does not count. */
    private static boolean occurs(String name, String text) {
        if (name.length() < 2) {
            return false;
        }
        int flags = name.length() > 3 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])", flags).matcher(text).find();
    }
}
