package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state a passage is about, for words that name an office or body without its state
 * ("Foreign ministry spokesman Lin Jian", "the government called", "A foreign ministry
 * spokeswoman said"): the state named first in the sentence before those words, else first in
 * the nearest sentence before that names one ("Beijing, too, objected. A foreign ministry
 * spokeswoman said …" is China's), else first after them in their sentence. The actors stage gives such bare cues the document's most
 * mentioned state, which in a text about two states is a coin toss.
 */
final class StateContext {

    /** How many sentences back a state is looked for. */
    private static final int SENTENCES_BACK = 3;

    private final List<Mention> states;
    private final List<Span> sentences;

    StateContext(List<Mention> mentions, List<Span> sentences) {
        List<Mention> placed = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a != null && a.start() != null && a.country() != null && a.role() != Role.CVL && !bare(m)
                    && !"pronoun".equals(m.office()) && !"first_person".equals(m.office())) {
                placed.add(m);
            }
        }
        placed.sort(Comparator.comparingInt(m -> m.actor().start()));
        this.states = placed;
        this.sentences = sentences;
    }

    /**
     * A role cue standing alone ("the government", "Foreign ministry", "President"): its state
     * came from the discourse, not from its words. The actors stage keeps a lone cue's phrase as
     * its office; an owned cue ("Cuba's foreign ministry") spans its owner's words too.
     */
    static boolean bare(Mention m) {
        return m.kind() == EntryKind.ROLE_CUE && m.office() != null && m.actor() != null && m.actor().text() != null
                && m.actor().text().toLowerCase(Locale.ROOT).equals(m.office());
    }

    /** The state the words at {@code offset} are about, if a sentence near them names one. */
    Optional<String> stateAt(int offset) {
        return stateAt(offset, offset);
    }

    /** As {@link #stateAt(int)} for words running to {@code end}: a state named inside them ("Lima" in a name) does not count. */
    Optional<String> stateAt(int offset, int end) {
        if (sentences.isEmpty()) {
            return firstBetween(0, offset);
        }
        int k = sentenceOf(offset);
        for (int j = k; j >= 0 && j >= k - SENTENCES_BACK; j--) {
            Optional<String> c = firstBetween(sentences.get(j).start(), j == k ? offset : sentences.get(j).end());
            if (c.isPresent()) {
                return c;
            }
        }
        return firstBetween(Math.max(offset, end), sentences.get(k).end()); // "Trade Minister X said South Africa would appeal"
    }

    private Optional<String> firstBetween(int from, int to) {
        for (Mention m : states) {
            int s = m.actor().start();
            if (s >= to) {
                break;
            }
            if (s >= from) {
                return Optional.of(m.actor().country());
            }
        }
        return Optional.empty();
    }

    private int sentenceOf(int offset) {
        for (int k = sentences.size() - 1; k >= 0; k--) {
            if (sentences.get(k).start() <= offset) {
                return k;
            }
        }
        return 0;
    }
}
