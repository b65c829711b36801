package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Participants reached through another event: a reaction to an act is aimed at the act's
 * agent ("condemning the U.S. military operation" → the United States), and "the operation
 * was a violation of the Charter", reported by someone, is that reporter's accusation
 * against the operation's agent.
 */
final class EventArguments {

    private static final Set<PloverType> REACTIONS = EnumSet.of(PloverType.ACCUSE, PloverType.PROTEST,
            PloverType.REJECT, PloverType.SUPPORT);

    private static final int NEAR = 12;

    private EventArguments() {
    }

    static ArgumentFinder.Frame viaEventNouns(Sentence s, TriggerMatcher.Fired trigger, ArgumentFinder.Frame frame,
                                              List<TriggerMatcher.Fired> fired, List<ArgumentFinder.Frame> frames,
                                              List<Mention> mentions) {
        if (!REACTIONS.contains(trigger.rule().type())) {
            return frame;
        }
        List<Mention> objectAgents = agentsOf(s, frame.objectHeads(), fired, frames);
        if (!objectAgents.isEmpty()) { // "condemned the Turkish operation in Syria": Turkey, not Syria
            return frame.withParties(frame.sources(), objectAgents);
        }
        if (!frame.targets().isEmpty()) {
            return frame;
        }
        if (frame.copulaSubject() >= 0) {
            List<Mention> agents = agentsOf(s, List.of(frame.copulaSubject()), fired, frames);
            List<Mention> reporters = reporters(s, trigger.token(), mentions);
            if (!agents.isEmpty() && !reporters.isEmpty()) {
                return frame.withParties(reporters, agents);
            }
        }
        List<Mention> agents = nextEventAgents(trigger.token(), fired, frames);
        if (agents.isEmpty()) {
            return frame;
        }
        return frame.withParties(frame.sources(), agents);
    }

    /**
     * "condemned the raid", where the raid's agent was told in an earlier sentence: the types of
     * the agentless event nouns the reaction is about, for the caller to find their last agents.
     */
    static List<PloverType> agentlessObjects(TriggerMatcher.Fired trigger, ArgumentFinder.Frame frame,
                                             List<TriggerMatcher.Fired> fired, List<ArgumentFinder.Frame> frames) {
        List<PloverType> out = new ArrayList<>();
        if (!REACTIONS.contains(trigger.rule().type()) || !frame.targets().isEmpty()) {
            return out;
        }
        for (int j = 0; j < fired.size(); j++) {
            if (frame.objectHeads().contains(fired.get(j).token()) && fired.get(j).rule().pos() == 'N'
                    && frames.get(j).sources().isEmpty()) {
                out.add(fired.get(j).rule().type());
            }
        }
        return out;
    }

    /** Agents of the events heading the given phrases or their conjuncts. */
    private static List<Mention> agentsOf(Sentence s, List<Integer> heads, List<TriggerMatcher.Fired> fired,
                                          List<ArgumentFinder.Frame> frames) {
        List<Mention> out = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(heads);
        for (Integer h : heads) {
            s.children(h).stream().filter(a -> a.relation().equals("conj")).map(Arc::dependent).forEach(todo::add);
        }
        for (int h : todo) {
            for (int j = 0; j < fired.size(); j++) {
                if (fired.get(j).token() == h) {
                    frames.get(j).sources().stream().filter(m -> !out.contains(m)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * When the parse loses the object (markup, long modifiers), the act reacted to is the
     * first event noun after the reaction that has an agent: "alarm about the U.S. attack".
     */
    private static List<Mention> nextEventAgents(int reaction, List<TriggerMatcher.Fired> fired,
                                                 List<ArgumentFinder.Frame> frames) {
        for (int j = 0; j < fired.size(); j++) {
            int token = fired.get(j).token();
            if (token > reaction && token - reaction <= NEAR && fired.get(j).rule().pos() == 'N'
                    && !frames.get(j).sources().isEmpty()) {
                return frames.get(j).sources();
            }
        }
        return List.of();
    }

    /** Subjects of the verb of saying whose complement holds the token. */
    private static List<Mention> reporters(Sentence s, int token, List<Mention> mentions) {
        Arc head = s.head(token);
        if (head == null || !head.baseRelation().equals("ccomp")) {
            return List.of();
        }
        for (Arc a : s.children(head.governor())) {
            if (a.relation().equals("nsubj")) {
                return Phrases.agentsUnder(s, a.dependent(), mentions);
            }
        }
        return List.of();
    }
}
