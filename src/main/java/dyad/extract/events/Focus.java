package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.PloverType;
import dyad.model.Role;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a document is about, for participants a sentence leaves implicit. A re-mention of
 * an act ("the operation of January 3") keeps the target it had; a reaction ("expressed
 * concern", "condemned") answers whoever last acted with hostility, else whoever acted last; any other act without a named target
 * is aimed at the state the document talks about most ("imposed sanctions" in an article
 * about Venezuela).
 */
public final class Focus {

    private static final Set<PloverType> REACTIONS = EnumSet.of(PloverType.ACCUSE, PloverType.PROTEST,
            PloverType.REJECT, PloverType.THREATEN);

    private static final Set<PloverType> HOSTILE = EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.THREATEN, PloverType.SANCTION, PloverType.MOBILIZE);

    private static final Set<PloverType> SANCTIONS = EnumSet.of(PloverType.SANCTION, PloverType.CONCEDE);

    private Actor lastSource;
    private Actor lastHostileSource;
    private final Map<String, Actor> earlierTargets = new HashMap<>();
    /** Whom the last act of each type named its target: "X cut aid to Rwanda, and Y suspended support" (Rwanda). */
    private final Map<PloverType, Actor> lastTargetOfType = new java.util.EnumMap<>(PloverType.class);
    private final Map<PloverType, Actor> lastSourceOfType = new java.util.EnumMap<>(PloverType.class);
    private final Map<String, Dated> lastDated = new HashMap<>();
    private final Map<String, EventDate> earlierDates = new HashMap<>();
    /** By type and target country: who last imposed (SANCTION) or eased (CONCEDE) sanctions on it. */
    private final Map<String, Actor> sanctioners = new HashMap<>();
    private final Map<String, Integer> stateMentions = new HashMap<>();
    private final Map<String, Actor> stateActors = new HashMap<>();

    /** Counts the states named anywhere in the document, before its events are read. */
    public void mentioned(List<Mention> mentions) {
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.country() != null && a.role() == Role.GOV && m.resolved()) {
                stateMentions.merge(a.country(), 1, Integer::sum);
                stateActors.putIfAbsent(a.country(), a.implicit());
            }
        }
    }

    /** Who last did an act of this type, for "condemned the raid" when the raid's agent is told elsewhere. */
    public Optional<Actor> lastAgentOf(PloverType type) {
        return Optional.ofNullable(lastSourceOfType.get(type));
    }

    /**
     * "On January 4, Brazil and Chile affirmed … They called for … and expressed concern": an act
     * whose doer is only a pronoun for the doers of the sentence before, and that names no date of
     * its own, goes on the same occasion and keeps that sentence's date.
     */
    public EventDate continued(boolean byPronoun, Actor source, int sentence, EventDate date) {
        if (!byPronoun || date.known() || source.country() == null) {
            return date;
        }
        Dated last = lastDated.get(source.country());
        return last != null && last.sentence() == sentence - 1 ? last.date() : date;
    }

    private record Dated(EventDate date, int sentence) {
    }

    /** Remembers the participants of an event read from the text, in the sentence it was read. */
    public void happened(Event e, int sentence) {
        if (e.date().known() && e.source().country() != null) {
            lastDated.put(e.source().country(), new Dated(e.date(), sentence));
        }
        remember(e);
    }

    private void remember(Event e) {
        if (e.source().country() != null || e.source().org() != null) {
            lastSourceOfType.put(e.type(), e.source().implicit());
        }
        if (e.source().country() != null) {
            lastSource = e.source().implicit();
            if (HOSTILE.contains(e.type())) {
                lastHostileSource = lastSource;
            }
        }
        if (e.target().country() != null && e.source().country() != null && SANCTIONS.contains(e.type())) {
            sanctioners.put(e.type() + "|" + e.target().country(), e.source().implicit());
        }
        if (e.date().known()) {
            earlierDates.putIfAbsent(pairKey(e.type(), e.source(), e.target()), e.date());
        }
        if (e.target().country() != null) {
            earlierTargets.putIfAbsent(actKey(e.type(), e.source()), e.target().implicit());
        }
        if (e.target().country() != null && e.target().text() != null) {
            lastTargetOfType.put(e.type(), e.target().implicit());
        }
    }

    /**
     * "condemning the U.S. military intervention in Venezuela" after "the attack on January 3":
     * an undated act named by a noun is a re-mention and keeps the date the act had.
     */
    public EventDate remention(boolean noun, PloverType type, Actor source, Actor target, EventDate date) {
        if (!noun || date.known()) {
            return date;
        }
        return earlierDates.getOrDefault(pairKey(type, source, target), date);
    }

    private static String pairKey(PloverType type, Actor source, Actor target) {
        return actKey(type, source) + "|" + target.country() + "|" + target.org();
    }

    private static String actKey(PloverType type, Actor source) {
        return type + "|" + source.country() + "|" + source.org();
    }

    /** Who imposes or eases sanctions on {@code target} when the text names no one: who last did the same. */
    public Optional<Actor> implicitSource(PloverType type, Actor target) {
        if (!SANCTIONS.contains(type) || target.country() == null) {
            return Optional.empty();
        }
        Actor same = sanctioners.get(type + "|" + target.country()); // easing: who last eased, else who imposed
        return Optional.ofNullable(same != null ? same : sanctioners.get(PloverType.SANCTION + "|" + target.country()));
    }

    /**
     * Who did a {@code type} act to {@code target} when the text names no doer ("the ambassador was
     * summoned", "the detention of an Australian writer"): who last did such an act to it, else
     * whoever sanctioned it, else the state the document talks about most besides the target's.
     */
    public Optional<Actor> implicitAgent(PloverType type, Actor target) {
        Optional<Actor> sanctioner = implicitSource(type, target);
        if (sanctioner.isPresent() || target.country() == null) {
            return sanctioner;
        }
        return mostMentionedBesides(target.country());
    }

    private Optional<Actor> mostMentionedBesides(String country) {
        return stateMentions.entrySet().stream()
                .filter(e -> !e.getKey().equals(country))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> stateActors.get(e.getKey()));
    }

    /** The participant a {@code type} act by {@code source} is aimed at when the text names none. */
    public Optional<Actor> implicitTarget(PloverType type, Actor source, Optional<Actor> namedBeside) {
        Actor earlier = earlierTargets.get(actKey(type, source));
        if (earlier != null) {
            return Optional.of(earlier);
        }
        if (namedBeside.isPresent()) {
            return namedBeside;
        }
        if (REACTIONS.contains(type) || type == PloverType.REQUEST) { // a reaction answers the last hostile act, else the last act
            for (Actor actor : new Actor[] {lastHostileSource, lastSource}) {
                if (actor != null && !Objects.equals(actor.country(), source.country())) {
                    return Optional.of(actor);
                }
            }
        }
        Actor sameKind = lastTargetOfType.get(type);
        if (sameKind != null && !Objects.equals(sameKind.country(), source.country())) {
            return Optional.of(sameKind);
        }
        return mostMentionedBesides(source.country());
    }
}
