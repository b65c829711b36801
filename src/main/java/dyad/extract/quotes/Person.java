package dyad.extract.quotes;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person a document names, with what its titles and appositions say about them.
 *
 * @param name    the full name, without titles ("Abdoulaye Maïga"), or the gazetteer's name
 * @param country the state they act for, or null
 * @param org     the international body they belong to (UNO, EUR, …), or null
 * @param role    their role; null when nothing says it
 * @param titles  the title words seen with them, lower case ("spokesman", "minister")
 * @param gender  'm', 'f' or '-' (unknown), from gendered titles
 */
record Person(String name, String country, String org, Role role, Set<String> titles, char gender) {

    Person {
        titles = Set.copyOf(titles);
    }

    /** The person as the speaker mentioned at {@code mention}; a person nothing places is civil society. */
    Actor actor(Span mention) {
        return new Actor(mention.text(), mention.start(), mention.end(), name, country, org,
                role != null ? role : Role.CSO);
    }

    /** Whether a pronoun of this gender ('m', 'f' or '-') can stand for the person. */
    boolean fits(char pronounGender) {
        return pronounGender == '-' || gender == '-' || gender == pronounGender;
    }

    /** The words of a name as a later mention may repeat them: lower case, no accents, particles and hyphens split off. */
    static Set<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String t : plain.split("[\\s\\-‐’'.]+")) {
            if (!t.isEmpty() && !FunctionWords.PARTICLES.contains(t) && !t.equals("jr") && !t.equals("sr")) {
                out.add(t);
            }
        }
        return out;
    }
}
