package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The states and bodies a document has named so far, for cues that name none: "the junta", "the
 * government", "the bloc", "the two countries". A bare cue takes the state that last owned the
 * same cue in so many words ("Mali's junta … the junta") when the document is mostly about it; else the state most recently named that
 * is not already a party earlier in the sentence ("Paris said the junta…" is not France's junta),
 * among the states the document is mostly about; else the state it names most.
 */
final class StateMemory {

    /** How many of the most-named states a bare cue may stand for. */
    private static final int MAIN_STATES = 3;
    /** Cue words for an international body the text has named ("the bloc", "the alliance"). */
    private static final Set<String> BODY_WORDS = Set.of("bloc", "alliance", "organisation", "organization",
            "commission", "council", "community", "union");
    /**
     * Cue words that name an international body's organ only when capitalised: "the Authority"
     * after ECOWAS's Authority of Heads of State, "the Assembly" (a state's "authorities" are no body).
     */
    private static final Set<String> ORGAN_WORDS = Set.of("authority", "assembly", "secretariat");
    /** Cue words for a court, which may be an international one ("the Court" after the ICJ). */
    private static final Set<String> COURT_WORDS = Set.of("court", "tribunal", "judges", "panel");

    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> recent = new ArrayList<>();
    private final Map<String, String> ownerByCue = new HashMap<>();
    private Actor lastBody;
    private Actor lastCourt;
    private Actor lastGroup;

    /** Remembers a mention as read (before any cue of it was resolved from memory). */
    void named(Mention m, boolean ownedInText) {
        Actor a = m.actor();
        if (a == null) {
            return;
        }
        if (a.country() != null && !"first_person".equals(m.office()) && m.kind() != EntryKind.PLACE) {
            counts.merge(a.country(), 1, Integer::sum);
            recent.remove(a.country());
            recent.add(a.country());
            if (ownedInText && m.kind() == EntryKind.ROLE_CUE && m.office() != null) {
                ownerByCue.put(key(m.office()), a.country());
            }
        }
        if (a.org() != null && a.country() == null && (m.kind() == EntryKind.ORGANIZATION || ownedInText)) {
            String name = a.name().toLowerCase(Locale.ROOT);
            if (COURT_WORDS.stream().anyMatch(name::contains) || a.role() == Role.JUD) {
                lastCourt = a;
            }
            lastBody = a;
        }
        if (m.kind() == EntryKind.ORGANIZATION && (a.role() == Role.OPP || a.role() == Role.CSO)) {
            lastGroup = a;
        }
    }

    /**
     * The state a bare cue stands for, or null. {@code others} are states the cue cannot be (those
     * already acting in its sentence when the cue is itself the one acting: "Paris said the junta…").
     */
    String stateFor(String cue, List<String> others) {
        return stateFor(cue, others, null);
    }

    /**
     * As {@link #stateFor(String, List)}, but a {@code preferred} state among the main ones (the
     * subject the last sentences were about) comes before the one named last.
     */
    String stateFor(String cue, List<String> others, String preferred) {
        String owner = ownerByCue.get(key(cue));
        List<String> main = mainStates();
        if (owner != null && main.contains(owner)) { // "Benin's army" told in passing owns no later "the army"
            return owner;
        }
        if (preferred != null && main.contains(preferred) && !others.contains(preferred)) {
            return preferred;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            String c = recent.get(i);
            if (main.contains(c) && !others.contains(c)) {
                return c;
            }
        }
        return main.isEmpty() ? null : main.get(0);
    }

    /** The state named last, for a people, an opposition or a business with none named ("the opposition"). */
    String nearest() {
        return recent.isEmpty() ? null : recent.get(recent.size() - 1);
    }

    /** The international body a cue such as "the bloc" stands for, or null when the cue names no body. */
    Actor bodyFor(String cue, boolean capitalised) {
        String word = key(cue);
        if (capitalised && ORGAN_WORDS.contains(word)) {
            return lastBody;
        }
        if (COURT_WORDS.contains(word)) {
            return lastCourt;
        }
        return BODY_WORDS.contains(word) ? lastBody : word.equals("group") || word.equals("movement") ? lastGroup : null;
    }

    /** The two states the document names most, for "the two countries" when no pair was just listed. */
    List<String> pair() {
        List<String> main = mainStates();
        return main.size() < 2 ? List.of() : List.of(main.get(0), main.get(1));
    }

    private List<String> mainStates() {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAIN_STATES).map(Map.Entry::getKey).toList();
    }

    /** A cue's head word: "military government" → "government", "the bloc" → "bloc". */
    static String key(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).trim();
        return c.substring(c.lastIndexOf(' ') + 1);
    }
}
