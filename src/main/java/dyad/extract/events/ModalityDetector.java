package dyad.extract.events;

import dyad.extract.actors.TsvTable;
import dyad.model.Modality;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a triggered event is asserted, negated, intended or hypothetical from
 * cue words (modality.tsv) on the trigger and on the verbs or nouns it is embedded under
 * ("refused to replace" → negated, "is seeking to restore" → intended, "would allow" →
 * hypothetical). Reported speech ("said the operation violated") is not climbed out of.
 */
final class ModalityDetector {

    /** Where a cue attaches: the trigger's aux, its modifier, its mark, or the verb governing it. */
    private static final Set<String> PLACES = new java.util.TreeSet<>(Set.of("aux", "modifier", "mark", "governor"));
    private static final Set<String> EMBEDDING = Set.of("xcomp", "acl", "conj", "advcl", "csubj");

    private record Cue(Modality modality, String where) {
    }

    private final Map<String, Cue> cues = new HashMap<>();
    private final TriggerLexicon lexicon;

    ModalityDetector(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/events/modality.tsv", 3)) {
            Modality m;
            try {
                m = Modality.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown modality '" + row.cell(1) + "'");
            }
            if (!PLACES.contains(row.cell(2))) {
                throw row.error("unknown place '" + row.cell(2) + "', expected one of " + PLACES);
            }
            if (cues.put(row.cell(0), new Cue(m, row.cell(2))) != null) {
                throw row.error("duplicate cue '" + row.cell(0) + "'");
            }
        }
    }

    Modality of(Sentence s, int trigger) {
        int node = trigger;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            Modality here = local(s, node, depth > 0);
            if (here != null) {
                return here;
            }
            Arc head = s.head(node);
            if (head == null || !EMBEDDING.contains(head.baseRelation())) {
                break;
            }
            node = head.governor();
        }
        return Modality.ASSERTED;
    }

    /** Cues attached to one node: its own lemma (when it governs the trigger) and its dependents. */
    private Modality local(Sentence s, int node, boolean governing) {
        if (governing) {
            Cue own = cues.get(lemma(s.token(node)));
            if (own != null && own.where().equals("governor")) {
                return own.modality();
            }
        }
        for (Arc a : s.children(node)) {
            Cue c = cues.get(lemma(s.token(a.dependent())));
            if (c == null) {
                continue;
            }
            boolean fits = switch (c.where()) {
                case "aux" -> a.baseRelation().equals("aux");
                case "modifier" -> a.baseRelation().equals("advmod") || a.relation().equals("det") || a.relation().equals("neg");
                case "mark" -> a.relation().equals("mark") || a.relation().equals("case");
                default -> false;
            };
            if (fits) {
                return c.modality() == Modality.HYPOTHETICAL && reportedFuture(s, node, a.dependent())
                        ? Modality.INTENDED : c.modality();
            }
        }
        return null;
    }

    /**
     * "Islamabad announced that it would downgrade ties": "would" in a clause reported by a verb of
     * saying told in the past is the "will" of an announced plan, not a condition ("would, if …" is one).
     */
    private boolean reportedFuture(Sentence s, int node, int aux) {
        Arc head = s.head(node);
        if (!lemma(s.token(aux)).equals("would") || head == null || !head.baseRelation().equals("ccomp")
                || !(lexicon.isReportingVerb(lemma(s.token(head.governor()))) || SAYING.contains(lemma(s.token(head.governor()))))
                || !s.token(head.governor()).pos().matches("VBD|VBN")) {
            return false;
        }
        return s.tokens().stream().noneMatch(t -> CONDITIONS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> SAYING = Set.of("say", "tell", "state", "confirm", "write");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "provided", "otherwise");

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
