package dyad.extract.quotes;

import dyad.extract.actors.TsvTable;
import dyad.model.Role;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words around names that say what a name is: titles of people ({@code quotes/titles.tsv}:
 * "minister", "spokeswoman", "Colonel", with a role and a gender) and head words of bodies
 * ({@code quotes/body_words.tsv}: "Ministry", "Network", with a role). Immutable once loaded;
 * a bad row fails with its file and line.
 */
final class NameWords {

    static final String TITLES = "/dyad/lexicon/quotes/titles.tsv";
    static final String BODIES = "/dyad/lexicon/quotes/body_words.tsv";

    /**
     * What a title word says about the person it titles.
     *
     * @param person whether the word names a person ("minister", "Dr") rather than only building a title ("deputy")
     */
    record Title(boolean person, Optional<Role> role, char gender) {
    }

    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, Optional<Role>> bodies = new HashMap<>();

    NameWords(String titlesResource, String bodiesResource) {
        for (TsvTable.Row row : TsvTable.read(titlesResource, 4)) {
            String kind = row.cell(1);
            if (!kind.equals("person") && !kind.equals("part")) {
                throw row.error("kind must be person or part, not '" + kind + "'");
            }
            String gender = row.cell(3);
            if (!gender.isEmpty() && !gender.equals("m") && !gender.equals("f")) {
                throw row.error("gender must be m, f or '-', not '" + gender + "'");
            }
            Title t = new Title(kind.equals("person"), role(row, row.cell(2)), gender.isEmpty() ? '-' : gender.charAt(0));
            if (titles.put(word(row), t) != null) {
                throw row.error("duplicate title '" + row.cell(0) + "'");
            }
        }
        for (TsvTable.Row row : TsvTable.read(bodiesResource, 2)) {
            if (bodies.put(word(row), role(row, row.cell(1))) != null) {
                throw row.error("duplicate body word '" + row.cell(0) + "'");
            }
        }
    }

    /** The shipped lists, from the class path. */
    static NameWords shipped() {
        return new NameWords(TITLES, BODIES);
    }

    private static String word(TsvTable.Row row) {
        String w = row.cell(0);
        if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
            throw row.error("'" + w + "' must be one lower-case word");
        }
        return w;
    }

    private static Optional<Role> role(TsvTable.Row row, String code) {
        return code.isEmpty() ? Optional.empty() : Optional.of(Role.parse(code, row.resource() + " line " + row.line()));
    }

    boolean isTitle(String word) {
        return titles.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** A word that names a person by itself ("minister", "Dr"), not only part of a title ("deputy"). */
    boolean isPersonTitle(String word) {
        Title t = title(word);
        return t != null && t.person();
    }

    /** The title's entry, or null when the word titles no one. */
    Title title(String word) {
        return titles.get(word.toLowerCase(Locale.ROOT));
    }

    boolean isBodyWord(String word) {
        return bodies.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The role a body's head word gives it, if any. */
    Optional<Role> bodyRole(String word) {
        return bodies.getOrDefault(word.toLowerCase(Locale.ROOT), Optional.empty());
    }

    int titleCount() {
        return titles.size();
    }

    int bodyWordCount() {
        return bodies.size();
    }
}
