package dyad.extract.events;

import dyad.extract.actors.TsvTable;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event triggers of {@code dyad/lexicon/events/triggers.tsv}, then those converted from PETRARCH2
 * ({@code dyad/lexicon/petrarch2/triggers.tsv}), indexed by lemma. Own rows win: the converted rows
 * add only lemmas (of a part of speech) the own file has no row for, and only their patterns that
 * require a word ("expel" + diplomat), because PETRARCH's bare verbs code far more than they should
 * (measured on the development corpus: precision fell from 0.44 to 0.37 with them, recall unchanged).
 * A lemma listed in {@code events/trigger-exclusions.txt} gets no converted row at all.
 */
public final class TriggerLexicon {

    static final String RESOURCE = "/dyad/lexicon/events/triggers.tsv";
    static final String CONVERTED = "/dyad/lexicon/petrarch2/triggers.tsv";
    static final String EXCLUSIONS = "/dyad/lexicon/events/trigger-exclusions.txt";

    public static final String WORD_SETS = "/dyad/lexicon/events/word-sets.tsv";

    static final String PATIENT_POSSESSORS = "/dyad/lexicon/events/patient-possessors.txt";
    static final String BELIEF_VERBS = "/dyad/lexicon/events/belief-verbs.txt";
    static final String REPORTING_VERBS = "/dyad/lexicon/events/reporting-verbs.txt";
    static final String REITERATING_VERBS = "/dyad/lexicon/events/reiterating-verbs.txt";
    static final String ALLEGING_VERBS = "/dyad/lexicon/events/alleging-verbs.txt";
    static final String COMMON_GOODS = "/dyad/lexicon/events/common-goods.txt";
    static final String OWN_PEOPLE = "/dyad/lexicon/events/own-people.tsv";

    private final Map<String, List<TriggerRule>> byLemma = new HashMap<>();
    private final Set<String> patientPossessors = new HashSet<>();
    private final Set<String> beliefVerbs = new HashSet<>();
    private final Set<String> reportingVerbs = new HashSet<>();
    private final Set<String> reiteratingVerbs = new HashSet<>();
    private final Set<String> allegingVerbs = new HashSet<>();
    private final Set<String> commonGoods = new HashSet<>();
    private final Set<String> forumWords = new HashSet<>();
    private final Set<String> quantityWords = new HashSet<>();
    private final Set<String> homeMeasures = new HashSet<>();
    private final Set<String> actingBodies = new HashSet<>();
    private final Set<String> mutualActs = new HashSet<>();
    private final Set<String> carrierVerbs = new HashSet<>();
    private final Set<String> answeringVerbs = new HashSet<>();
    private final Set<String> demandNouns = new HashSet<>();
    private final Set<String> behestNouns = new HashSet<>();
    private final Map<String, Role> ownPeople = new HashMap<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon load() {
        TriggerLexicon lex = new TriggerLexicon();
        Set<String> seen = new HashSet<>();
        Set<String> ownLemmas = new HashSet<>();
        WordSets sets = WordSets.load(WORD_SETS);
        lex.forumWords.addAll(sets.words("@court"));
        lex.quantityWords.addAll(sets.words("@quantity"));
        lex.homeMeasures.addAll(sets.words("@home-measure"));
        lex.actingBodies.addAll(sets.words("@acting-body"));
        lex.mutualActs.addAll(sets.words("@mutual-act"));
        lex.carrierVerbs.addAll(sets.words("@carrier-verb"));
        lex.answeringVerbs.addAll(sets.words("@answering-verb"));
        lex.demandNouns.addAll(sets.words("@demand-noun"));
        lex.behestNouns.addAll(sets.words("@behest-noun"));
        lex.readRules(RESOURCE, sets, seen, ownLemmas, null);
        Set<String> excluded = new HashSet<>();
        readWords(EXCLUSIONS, excluded);
        if (TriggerLexicon.class.getResource(CONVERTED) != null) {
            lex.readRules(CONVERTED, sets, seen, ownLemmas, excluded);
        }
        lex.loadWordLists();
        return lex;
    }

    /** Rows of one triggers file; {@code converted} (the excluded lemmas) is null for the own file. */
    private void readRules(String resource, WordSets sets, Set<String> seen, Set<String> ownLemmas,
                           Set<String> converted) {
        for (TsvTable.Row row : TsvTable.read(resource, 6)) {
            String where = row.resource() + " line " + row.line();
            PloverType type = PloverType.parse(row.cell(0), where);
            String mode = row.cell(1).isEmpty() ? null : row.cell(1);
            String pos = row.cell(2);
            String trigger = row.cell(3);
            if (pos.length() != 1 || "VNA".indexOf(pos.charAt(0)) < 0 || trigger.isEmpty() || !trigger.equals(trigger.toLowerCase(Locale.ROOT))) {
                throw row.error("trigger must be a lower-case lemma with part of speech V, N or A");
            }
            Set<String> requires = sets.expand(row.list(4), row);
            String key = pos + "|" + trigger + "|" + new java.util.TreeSet<>(requires);
            if (converted != null) {
                if (converted.contains(trigger) || requires.isEmpty() || ownLemmas.contains(pos + "|" + trigger)) {
                    continue; // the own lexicon decides its lemmas; a bare CAMEO verb codes too much on its own
                }
            } else {
                ownLemmas.add(pos + "|" + trigger);
            }
            if (!seen.add(key)) {
                throw row.error("duplicate trigger " + pos + " '" + trigger + "' requiring " + requires);
            }
            byLemma.computeIfAbsent(trigger, k -> new ArrayList<>())
                    .add(new TriggerRule(type, mode, pos.charAt(0), trigger, requires));
        }
    }

    private void loadWordLists() {
        TriggerLexicon lex = this;
        for (TsvTable.Row row : TsvTable.read(PATIENT_POSSESSORS, 1)) {
            if (!lex.patientPossessors.add(row.cell(0))) {
                throw row.error("duplicate noun '" + row.cell(0) + "'");
            }
        }
        readWords(BELIEF_VERBS, lex.beliefVerbs);
        readWords(REPORTING_VERBS, lex.reportingVerbs);
        readWords(REITERATING_VERBS, lex.reiteratingVerbs);
        readWords(ALLEGING_VERBS, lex.allegingVerbs);
        readWords(COMMON_GOODS, lex.commonGoods);
        for (TsvTable.Row row : TsvTable.read(OWN_PEOPLE, 2)) {
            if (lex.ownPeople.put(row.cell(0), Role.parse(row.cell(1), row.resource() + " line " + row.line())) != null) {
                throw row.error("duplicate word '" + row.cell(0) + "'");
            }
        }
    }

    private static void readWords(String resource, Set<String> into) {
        for (TsvTable.Row row : TsvTable.read(resource, 1)) {
            if (!into.add(row.cell(0))) {
                throw row.error("duplicate word '" + row.cell(0) + "'");
            }
        }
    }

    /** "prisoner", "congress": people and institutions an act falls on at home, with the role they take. */
    public Optional<Role> ownPeopleRole(String lemma) {
        return Optional.ofNullable(ownPeople.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** "ships", "panel": bodies and craft that act for whoever their modifiers name ("Indonesian navy ships"). */
    public boolean isActingBody(String lemma) {
        return actingBodies.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "fight", "clash": with two parties as subject, each does it to the other. */
    public boolean isMutualAct(String lemma) {
        return mutualActs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "move", "resort": verbs whose "to" phrase names the act their subject takes ("moved to sanctions"). */
    public boolean isCarrierVerb(String lemma) {
        return carrierVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "answer", "respond": verbs whose "with" phrase names the act their subject takes ("answered with a ban"). */
    public boolean isAnsweringVerb(String lemma) {
        return answeringVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "dozens", "hundreds": counts whose people follow "of". */
    public boolean isQuantityWord(String word) {
        return quantityWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "curfew", "martial", "emergency": measures a government takes over its own people. */
    public boolean isHomeMeasure(String lemma) {
        return homeMeasures.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "court", "WTO", "tribunal": where a case is taken, not whom it is against. */
    public boolean isForumWord(String word) {
        return forumWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "reiterate", "renew": verbs that make an earlier demand again. */
    public boolean isReiteratingVerb(String lemma) {
        return reiteratingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "unity", "calm": what a call may ask of everyone, so that it is aimed at no one in particular. */
    public boolean isCommonGood(String lemma) {
        return commonGoods.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "say", "report", "find": verbs by which one actor tells of another's act. */
    public boolean isAllegingVerb(String lemma) {
        return allegingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "demand", "proposal": nouns that tell what their owner asks of another ("rejected Chile's demand"). */
    public boolean isDemandNoun(String lemma) {
        return demandNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "request", "behest": "at the request of X" tells that X asked the clause's subject to act. */
    public boolean isBehestNoun(String lemma) {
        return behestNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "say", "declare": verbs whose complement reports what their subject said. */
    public boolean isReportingVerb(String lemma) {
        return reportingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "think", "believe": verbs whose complement is an opinion, not a report. */
    public boolean isBeliefVerb(String lemma) {
        return beliefVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "his ouster": nouns whose possessor is acted on rather than acting. */
    public boolean possessorIsPatient(String lemma) {
        return patientPossessors.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public List<TriggerRule> rulesFor(Token t) {
        List<TriggerRule> rules = byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
        if (rules == null) {
            return List.of();
        }
        return rules.stream().filter(r -> r.fitsTag(t.pos())).toList();
    }

    /** Cheap test before parsing: could any token of this sentence trigger an event? */
    public boolean mayTrigger(Sentence s) {
        for (Token t : s.tokens()) {
            if (!rulesFor(t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return byLemma.values().stream().mapToInt(List::size).sum();
    }
}
