package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a document names states and their bodies: "Government of Mali", "Ministry of External Affairs of India". */
final class StateNames {

    private static final Pattern GOVERNMENT_OF = Pattern.compile("^Government of (the )?");
    /** A ministry's name, after a state adjective if any: "Israeli Ministry of Foreign Affairs". */
    private static final Pattern MINISTRY = Pattern.compile("^(\\p{Lu}[\\p{L}.]+ )?(Ministry (?:of|for) .+)$");
    /** Words that end the name of a state ("the Russian Federation", "the United Arab Emirates"). */
    private static final Pattern STATE_WORDS = Pattern.compile("Republic|Federation|Kingdom|Emirates|States|Union");

    private final List<Mention> mentions;
    private final java.util.Map<String, String> governments = new java.util.HashMap<>();

    StateNames(List<Mention> mentions) {
        this.mentions = mentions;
    }

    /**
     * A state's ministry named with its state, as "Ministry of X of <state>": the gazetteer's
     * "Israeli Ministry of Foreign Affairs" and India's "Ministry of External Affairs" become
     * "Ministry of Foreign Affairs of Israel" and "Ministry of External Affairs of India"; a name
     * that already ends in its state ("… of the Russian Federation") stays.
     */
    Actor placedName(Actor a) {
        if (a.country() == null || a.name() == null) {
            return a;
        }
        Matcher m = MINISTRY.matcher(a.name());
        if (!m.matches()) {
            return a;
        }
        String state = countryName(a.country());
        String rest = m.group(2);
        int of = rest.lastIndexOf(" of ");
        String tail = of < 0 ? "" : rest.substring(of + 4);
        if (tail.contains(state) || STATE_WORDS.matcher(tail).find()) {
            return a;
        }
        String article = governmentName(a.country()).startsWith("Government of the ") ? "the " : "";
        return new Actor(a.text(), a.start(), a.end(), rest + " of " + article + state, a.country(), a.org(), a.role());
    }

    /** A state's government as the document's mentions name it ("Government of Mali"). */
    String governmentName(String country) {
        return governments.computeIfAbsent(country, this::findGovernmentName);
    }

    private String findGovernmentName(String country) {
        String fallback = null;
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (country.equals(a.country()) && a.name() != null && a.name().startsWith("Government of ")) {
                if (m.kind() == EntryKind.COUNTRY || m.kind() == EntryKind.CAPITAL) {
                    return a.name();
                }
                fallback = fallback == null ? a.name() : fallback;
            }
        }
        return fallback != null ? fallback : "Government of " + country;
    }

    /** The state's name as its government's name has it ("the Democratic Republic of the Congo"). */
    String countryName(String country) {
        return GOVERNMENT_OF.matcher(governmentName(country)).replaceFirst("");
    }
}
