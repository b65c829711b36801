package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Span;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People a document has introduced ("Foreign Minister Abdoulaye Diop", "Paul Kagame"), so that
 * later sentences may name them by surname alone, as news does ("Diop said", "Kagame met…").
 * A surname shared by two people introduced in the document names neither. Chinese and Korean
 * names are written family name first ("Moon Jae-in", "Wang Yi"): their first word is the surname.
 */
final class KnownPeople {

    private static final int SHORTEST_SURNAME = 3;
    /** States whose names put the family name first, as English news keeps them: "Moon Jae-in" … "Moon said". */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK");

    /** The Arabic article written onto a family name: "al-Bashir", "el-Sisi", "ash-Shara". */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(?:[aA][lnrsdtz]|[eE][lnrsdtz]|[aA]sh|[aA]th)[-‑]");
    private final Map<String, Actor> bySurname = new HashMap<>();
    private final Map<String, Actor> byFullName = new HashMap<>();

    void introduce(Actor person) {
        if (person == null || person.name() == null) {
            return;
        }
        byFullName.put(person.name(), person);
        boolean familyFirst = person.country() != null && FAMILY_NAME_FIRST.contains(person.country());
        Set<String> surnames = new java.util.LinkedHashSet<>(surnames(person.name(), familyFirst));
        boolean fullName = person.name().trim().split("\\s+").length > 1; // not a bare "Prime Minister Khan" placed by guess
        if (person.text() != null && !familyFirst && fullName) { // as the document wrote it: "Bruno Rodríguez" for "Bruno Rodríguez Parrilla"
            surnames.addAll(surnames(person.text(), false));
        }
        for (String surname : surnames) {
            Actor before = bySurname.putIfAbsent(surname, person);
            if (before != null && !before.name().equals(person.name())) {
                bySurname.put(surname, null); // two people of that name: the surname alone is ambiguous
            }
        }
    }

    /**
     * The person as the document first named them, when this mention is the same person named at greater length
     * by the gazetteer ("Salva Kiir" introduced, then "Kiir" read as Salva Kiir Mayardit): one person, one name.
     */
    Actor asIntroduced(Actor person) {
        if (person == null || person.name() == null || byFullName.containsKey(person.name())) {
            return person;
        }
        for (Actor known : byFullName.values()) {
            if (java.util.Objects.equals(known.country(), person.country()) && person.name().startsWith(known.name() + " ")
                    && known.name().contains(" ")) {
                return new Actor(person.text(), person.start(), person.end(), known.name(), person.country(), person.org(),
                        person.role());
            }
        }
        return person;
    }

    /** The family name of a full name, and without its Arabic article ("al-Bashir" is also "Bashir"). */
    private static List<String> surnames(String name, boolean familyFirst) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return List.of();
        }
        String surname = familyFirst ? words[0] : words[words.length - 1];
        List<String> out = new ArrayList<>();
        for (String s : List.of(surname, ARTICLE.matcher(surname).replaceFirst(""))) {
            if (s.length() >= (familyFirst ? 2 : SHORTEST_SURNAME) && Character.isUpperCase(s.charAt(0)) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Mentions of introduced people by surname, on capitalised proper-noun tokens no other mention covers. */
    List<Mention> mentionedIn(String text, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.pos().startsWith("NNP") || found.stream().anyMatch(m -> m.covers(t.index()))) {
                continue;
            }
            Actor person = bySurname.get(t.word());
            if (person == null) {
                continue;
            }
            Span span = Span.of(text, t.start(), t.end());
            out.add(new Mention(t.index(), t.index(), new Actor(span.text(), span.start(), span.end(), person.name(),
                    person.country(), person.org(), person.role()), EntryKind.PERSON, null));
        }
        return out;
    }
}
