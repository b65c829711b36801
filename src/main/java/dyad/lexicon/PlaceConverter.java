package dyad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country records ("AFGHANISTAN_ [AFG]" and its synonyms) → places.tsv rows (iso3, phrase, kind).
 * Only records coded with a state Dyad knows are kept (territories such as "[USAASM]" are not);
 * a second record with the same code (MAYOTTE_ [FRA]) is classified against the first one's name.
 * A phrase that is a name, alias, adjective or capital of another state in countries.tsv, or that
 * two states' records share, is dropped; so is one countries.tsv already has for the same state.
 */
final class PlaceConverter {

    record Place(String iso3, String phrase, String kind) {
        List<String> cells() {
            return List.of(iso3, phrase, kind);
        }
    }

    final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final CameoCodes codes;
    private final OwnCountries own;
    private final PlaceClassifier classifier;

    PlaceConverter(CameoCodes codes, OwnCountries own, PlaceClassifier classifier) {
        this.codes = codes;
        this.own = own;
        this.classifier = classifier;
    }

    List<Place> convert(List<ActorRecord> records) {
        Map<String, String> countryName = new HashMap<>();
        Map<String, Place> byPhrase = new LinkedHashMap<>();
        Map<String, Set<String>> states = new HashMap<>();
        for (ActorRecord record : records) {
            if (!record.inline() || record.codes().size() != 1 || record.codes().get(0).dated()) {
                continue;
            }
            String code = record.codes().get(0).code();
            String iso3 = code.length() == 3 ? codes.state(code) : null;
            if (iso3 == null || !own.codes().contains(iso3)) {
                count("record of a territory or a state Dyad does not code");
                continue;
            }
            String primary = Phrases.words(record.phrases().get(0));
            String name = countryName.computeIfAbsent(iso3, k -> primary);
            for (String raw : record.phrases()) {
                String words = Phrases.words(raw);
                if (words == null || name == null) {
                    count("phrase with parentheses, commas or '+'");
                    continue;
                }
                String kind = classifier.kind(iso3, name, words);
                if (kind.equals("drop")) {
                    count("dropped by place-kinds.tsv or as a common English word");
                    continue;
                }
                String phrase = NameCase.title(words, NameCase.Style.PLACE);
                String key = OwnCountries.key(phrase);
                states.computeIfAbsent(key, k -> new TreeSet<>()).add(iso3);
                byPhrase.putIfAbsent(key + "|" + iso3, new Place(iso3, phrase, kind));
            }
        }
        List<Place> out = new ArrayList<>();
        for (Place p : byPhrase.values()) {
            String key = OwnCountries.key(p.phrase());
            String owner = own.ownerOf(p.phrase());
            if (states.get(key).size() > 1) {
                count("phrase in the records of two states");
            } else if (owner != null && !owner.equals(p.iso3())) {
                count("names another state in countries.tsv");
            } else if (owner != null) {
                count("already in countries.tsv for the same state");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private void count(String why) {
        dropped.merge(why, 1, Integer::sum);
    }
}
