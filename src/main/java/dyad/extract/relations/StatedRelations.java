package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Relation;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Diplomatic levels a sentence states rather than tells as an act, read from its cue words and
 * the states it names (the events path stays the main one):
 * <ul>
 * <li>a mission run or headed by a chargé d'affaires: "Chile's embassy in Lima is run by a
 * chargé", "Spain's chargé d'affaires would remain in Caracas", "both missions" of two states;</li>
 * <li>no ties: "Bhutan and China have no diplomatic relations", "the two countries have never
 * had diplomatic relations" — none both ways;</li>
 * <li>heads of mission back: "Qatar and Oman returned their ambassadors to Cairo in 2021",
 * "both ambassadors are back at their posts" — embassy.</li>
 * </ul>
 * A pair comes only from states the sentence names, or, for "both" and "the two countries" with
 * fewer than two named, from the two states the document is about. Dated by the clock, in the
 * present at the document date.
 */
final class StatedRelations {

    /** Words between a state and the mission or chargé it owns ("France's embassy", "the U.S. diplomat"). */
    private static final int OWNER_GAP = 1;
    /** Words after a holder or cue within which the host is named ("embassy in Lima"). */
    private static final int HOST_REACH = 6;
    /** Words before a chargé cue within which the mission it runs is named. */
    private static final int HOLDER_REACH = 10;
    /** Words before a cue where an intention, demand or denial makes it no state. */
    private static final int HEDGE_REACH = 3;

    private final RelationCues cues;
    private final StateDating dating;

    StatedRelations(RelationCues cues, StateDating dating) {
        this.cues = cues;
        this.dating = dating;
    }

    /**
     * @param states   the actors the sentence names (only states acting as states count)
     * @param mainPair the two states the document is about, or empty
     */
    List<Relation> read(String doc, Span sentence, List<Actor> states, List<String> mainPair, StateClock clock) {
        Words words = Words.of(sentence);
        List<Named> named = Named.states(Named.of(words, states));
        List<Relation> out = new ArrayList<>();
        for (Match c : cues.find(Kind.CHARGE, words)) {
            if (!hedged(words, c)) {
                run(words, named, mainPair, c).forEach(pair -> out.add(state(doc, sentence, words, pair, "chargé", c, clock)));
            }
        }
        for (Match c : cues.find(Kind.NO_TIES, words)) {
            for (List<String> pair : bothWays(words, clauseOf(words, named, c), mainPair, c)) {
                out.add(state(doc, sentence, words, pair, "none", c, clock));
            }
        }
        for (Match c : cues.find(Kind.INTERESTS_WORD, words)) {
            protectedInterests(words, named, c).ifPresent(pair -> out.add(state(doc, sentence, words, pair, "interests", c, clock)));
        }
        for (Match c : cues.find(Kind.ENVOY_BACK, words)) {
            if (!hedged(words, c)) {
                back(words, named, mainPair, c).forEach(pair -> out.add(state(doc, sentence, words, pair, "embassy", c, clock)));
            }
        }
        return out;
    }

    private Relation state(String doc, Span sentence, Words words, List<String> pair, String value, Match c, StateClock clock) {
        boolean present = dating.toldInPresent(words, c.first(), 0) && !dating.pastFrame(words);
        EventDate date = clock.at(words.get(c.first()).start(), present);
        return new Relation(doc, pair, Relation.DIPLOMATIC_LEVEL, value, date, sentence);
    }

    /** The mission a chargé runs: its owner named just before it, its host just after "in" or "to". */
    private List<List<String>> run(Words words, List<Named> named, List<String> mainPair, Match c) {
        List<Integer> holders = new ArrayList<>();
        for (Kind k : List.of(Kind.MISSION, Kind.STAFF)) {
            cues.find(k, words).stream().filter(m -> m.first() < c.first() && m.first() >= c.first() - HOLDER_REACH)
                    .forEach(m -> holders.add(m.first()));
        }
        holders.add(c.first());
        for (int h : holders) {
            if (h > 0 && cues.anyWithin(Kind.BOTH, words, h - 1, h - 1)) {
                return bothWays(words, named, mainPair, c);
            }
        }
        holders.sort((a, b) -> b - a);
        for (int h : holders) {
            Optional<Named> owner = ownerOf(named, h);
            Optional<Named> host = hostAfter(words, named, h);
            if (owner.isPresent() && host.isPresent() && !owner.get().country().equals(host.get().country())) {
                return List.of(List.of(owner.get().country(), host.get().country()));
            }
        }
        return List.of();
    }

    /**
     * A state's interests looked after by another's mission in the host: "Sweden's embassy in
     * Pyongyang looks after U.S. interests there" -> (USA, PRK). The state is named right before
     * "interests", the verb just before it, the host after "in" in the clause and not the mission's owner.
     */
    private Optional<List<String>> protectedInterests(Words words, List<Named> named, Match c) {
        Optional<Named> served = named.stream().filter(n -> n.last() == c.first() - 1).findFirst();
        if (served.isEmpty() || !cues.anyWithin(Kind.PROTECTS, words, served.get().first() - 4, served.get().first() - 1)) {
            return Optional.empty();
        }
        List<Named> clause = clauseOf(words, named, c);
        Set<String> owners = new LinkedHashSet<>();
        for (Named n : clause) {
            if (n.last() + 1 < words.size() && cues.anyWithin(Kind.MISSION, words, n.last() + 1, n.last() + 1)) {
                owners.add(n.country());
            }
        }
        return clause.stream()
                .filter(n -> n.first() > 0 && words.get(n.first() - 1).folded().equals("in"))
                .filter(n -> !n.country().equals(served.get().country()) && !owners.contains(n.country()))
                .findFirst().map(host -> List.of(served.get().country(), host.country()));
    }

    /** Heads of mission back in their posts: the senders named before, the host after; or both sides. */
    private List<List<String>> back(Words words, List<Named> named, List<String> mainPair, Match c) {
        List<Named> clause = clauseOf(words, named, c);
        if (cues.anyWithin(Kind.BOTH, words, c.first() - 3, c.last() + 3)) {
            return bothWays(words, clause, mainPair, c);
        }
        Optional<Named> host = hostAfter(words, named, c.first());
        if (host.isEmpty()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Named n : clause) {
            if (n.last() < c.first() && !n.country().equals(host.get().country())) {
                out.add(List.of(n.country(), host.get().country()));
            }
        }
        return out;
    }

    /** Both directions of the two states named in the clause, or of the document's pair when "both" stands for them. */
    private List<List<String>> bothWays(Words words, List<Named> clause, List<String> mainPair, Match c) {
        Set<String> countries = new LinkedHashSet<>();
        clause.forEach(n -> countries.add(n.country()));
        List<String> two = countries.size() == 2 ? List.copyOf(countries)
                : countries.size() < 2 && mainPair.size() == 2 && mentionsBoth(words, c) ? mainPair : List.of();
        if (two.isEmpty()) {
            return List.of();
        }
        return List.of(List.of(two.get(0), two.get(1)), List.of(two.get(1), two.get(0)));
    }

    private boolean mentionsBoth(Words words, Match c) {
        return cues.find(Kind.BOTH, words).stream().anyMatch(b -> Math.abs(b.first() - c.first()) <= HOLDER_REACH);
    }

    /**
     * The state named just before the holder, or by a mention that starts before it and covers it
     * ("France's embassy in"); not one that starts at the holder ("the chargé d'affaires" resolved
     * from context).
     */
    private static Optional<Named> ownerOf(List<Named> named, int holder) {
        return named.stream().filter(n -> n.first() < holder && holder - n.last() - 1 <= OWNER_GAP).findFirst();
    }

    private static Optional<Named> hostAfter(Words words, List<Named> named, int from) {
        return named.stream()
                .filter(n -> n.first() > from && n.first() - from <= HOST_REACH)
                .filter(n -> Set.of("in", "to", "at").contains(words.get(n.first() - 1).folded()))
                .findFirst();
    }

    /** The named states in the clause of cue {@code c}: between the clause breaks around it. */
    private static List<Named> clauseOf(Words words, List<Named> named, Match c) {
        int lo = c.first();
        while (lo > 0 && !words.get(lo).breakBefore()) {
            lo--;
        }
        int hi = c.last();
        while (hi + 1 < words.size() && !words.get(hi + 1).breakBefore()) {
            hi++;
        }
        int from = lo;
        int to = hi;
        return named.stream().filter(n -> n.first() >= from && n.last() <= to).toList();
    }

    /** A demand, an intention or a denial just before the cue ("should return their ambassadors", "no chargé"). */
    private boolean hedged(Words words, Match c) {
        int from = c.first() - HEDGE_REACH;
        int to = c.first() - 1;
        return cues.anyWithin(Kind.HEDGE, words, from, to) || cues.anyWithin(Kind.INTENT, words, from, to)
                || cues.anyWithin(Kind.NO_TIES, words, from, to);
    }
}
