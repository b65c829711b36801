package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a speaker that is no named person, from the actor mentions on its words: a state or
 * body ("India's Ministry of External Affairs", "Kinshasa"), several states together ("Chile
 * and Peru"), a document and its authors ("the declaration said" after the two governments
 * signed it; a joint statement speaks for its parties), a body the text named before ("the
 * Court" after the International Court of Justice), a bare office or body placed by the
 * passage rather than by the document's most mentioned state ("the government called",
 * "A foreign ministry spokeswoman said"), a state's side ("the Chinese side"), or an unnamed
 * official ("A Qatari government official" is that official, of Qatar).
 */
final class BodySpeakers {

    /** Nouns of documents and their words: they speak for their authors. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "declaration", "communiqué",
            "communique", "agreement", "accord", "treaty", "pact", "memorandum", "resolution", "report", "letter",
            "memo", "document", "text", "note", "plan", "strategy", "readout", "release", "decree", "proclamation",
            "message", "position", "response", "reply", "answer");
    /** Documents several parties sign: without a named author they speak for the states named together last. */
    private static final Set<String> JOINT_DOCUMENTS = Set.of("declaration", "communiqué", "communique", "agreement",
            "accord", "treaty", "pact", "memorandum");
    /** Titles of people who speak for a body, not for themselves: the body is the speaker. */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "spokeswomen");
    private static final Pattern DEFINITE = Pattern.compile("(?i)the \\S+");
    /** A place after the words that name the speaker: "… in Nairobi", "… at the United Nations". */
    private static final Pattern PLACE_TAIL = Pattern.compile("(?<=\\S \\S{1,40}) (?:in|at) (?:the )?\\p{Lu}.*$");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(the|a|an|one|another|this|that) ");
    /** How many sentences back the parties of a joint document are looked for. */
    private static final int PARTIES_BACK = 3;

    private final List<Mention> mentions;
    private final List<Span> sentences;
    private final StateContext context;
    private final NameWords words;
    private final Cast cast;
    private final StateNames names;

    BodySpeakers(List<Mention> mentions, List<Span> sentences, StateContext context, NameWords words, Cast cast,
                 StateNames names) {
        this.mentions = mentions.stream().filter(m -> m.actor() != null && m.actor().start() != null)
                .sorted(Comparator.comparingInt(m -> m.actor().start())).toList();
        this.sentences = sentences;
        this.context = context;
        this.words = words;
        this.cast = cast;
        this.names = names;
    }

    /** The body, states or unnamed official the speaker's words name, or null when they name none. */
    Actor resolve(Span speaker) {
        Span core = withoutPlace(speaker);
        String coreLower = core.text().toLowerCase(Locale.ROOT);
        if (core != speaker && words.isPersonTitle(coreLower.substring(coreLower.lastIndexOf(' ') + 1))) {
            speaker = core; // "a Western diplomat in Nairobi": the place says where the speaker is, not who
        }
        String text = speaker.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String head = lower.substring(lower.lastIndexOf(' ') + 1);
        List<Mention> on = on(core).isEmpty() ? on(speaker) : on(core); // "officials in Accra": the place places them
        List<Actor> states = distinctStates(on(core).stream().filter(m -> !StateContext.bare(m) || listed(m)).toList());
        if (states.size() > 1) {
            return governments(speaker, states); // "Brazil, Chile and Mexico said", "they said" after such a list
        }
        if (DOCUMENTS.contains(head)) {
            boolean joint = lower.contains("joint") || JOINT_DOCUMENTS.contains(head) || jointBefore(head, speaker.start());
            return document(speaker, on, joint);
        }
        Mention main = main(on);
        boolean unnamedPerson = words.isPersonTitle(head) && !SPOKES.contains(head) && !head.endsWith("s");
        if (unnamedPerson && (main == null || main.kind() != EntryKind.PERSON)) {
            return official(speaker, on); // "A Qatari government official", "a senior EU official"
        }
        if (main != null && !StateContext.bare(main)) {
            return names.placedName(main.actor()).mentionedAs(speaker);
        }
        if (main != null) {
            return placed(speaker, main, head);
        }
        Actor named = DEFINITE.matcher(text).matches() ? namedBefore(head, speaker.start()) : null;
        if (named != null) {
            return named.mentionedAs(speaker); // "The Court said", no state in sight
        }
        Mention adjective = on.stream().filter(m -> m.kind() == EntryKind.ADJECTIVE && m.actor().country() != null)
                .findFirst().orElse(null);
        if (adjective != null) { // "the Chinese side"
            return government(speaker, adjective.actor().country(), adjective.actor().name());
        }
        return null;
    }

    /** The words before a trailing "in Nairobi" / "at the UN" when more than one word precedes it; else the speaker. */
    private static Span withoutPlace(Span speaker) {
        Matcher m = PLACE_TAIL.matcher(speaker.text());
        return m.find() ? new Span(speaker.text().substring(0, m.start()), speaker.start(), speaker.start() + m.start()) : speaker;
    }

    /** A bare office or body ("the government", "the court", "a spokeswoman"): the body named before, else the passage's state. */
    private Actor placed(Span speaker, Mention cue, String head) {
        Actor named = namedBefore(head, speaker.start());
        if (named != null) {
            return named.mentionedAs(speaker); // "the Court" after the International Court of Justice
        }
        String country = context.stateAt(speaker.start()).orElse(cue.actor().country());
        Actor a = cue.actor();
        if (country == null) {
            return a.mentionedAs(speaker);
        }
        if (a.role() == Role.GOV) {
            return government(speaker, country, null);
        }
        String cueWords = LEADING_DETERMINER.matcher(speaker.text()).replaceFirst("");
        return new Actor(speaker.text(), speaker.start(), speaker.end(), cueWords + " of " + names.countryName(country),
                country, null, a.role());
    }

    /** "A Qatari government official", "one senior official": an unnamed person, named by the words. */
    private Actor official(Span speaker, List<Mention> on) {
        String country = null;
        Role role = null;
        for (Mention m : on) {
            if (!StateContext.bare(m) && m.actor().country() != null && country == null) {
                country = m.actor().country();
            }
            if (m.kind() == EntryKind.ORGANIZATION || m.kind() == EntryKind.ROLE_CUE) {
                role = role == null ? m.actor().role() : role;
            }
        }
        if (country == null) {
            country = context.stateAt(speaker.start()).orElse(null);
        }
        String name = LEADING_DETERMINER.matcher(speaker.text()).replaceFirst("");
        return new Actor(speaker.text(), speaker.start(), speaker.end(), name, country, null,
                role != null ? role : Role.GOV);
    }

    /** A document speaks for its author in its words ("the Saudi statement"), else for the states that made it. */
    private Actor document(Span speaker, List<Mention> on, boolean joint) {
        Mention author = main(on);
        if (author != null && !StateContext.bare(author)) {
            return author.actor().mentionedAs(speaker);
        }
        List<Actor> parties = joint ? partiesBefore(speaker.start()) : List.of();
        if (parties.size() > 1) {
            return governments(speaker, parties);
        }
        return context.stateAt(speaker.start()).map(c -> government(speaker, c, null)).orElse(null);
    }

    /** "the statement" after "a joint statement" in the sentences before it. */
    private boolean jointBefore(String head, int offset) {
        int k = sentences.size() - 1;
        while (k > 0 && sentences.get(k).start() > offset) {
            k--;
        }
        if (sentences.isEmpty()) {
            return false;
        }
        Pattern joint = Pattern.compile("\\bjoint (\\S+ )?" + Pattern.quote(head) + "\\b");
        for (int j = Math.max(0, k - PARTIES_BACK); j <= k; j++) {
            Span s = sentences.get(j);
            String words = s.text().substring(0, Math.max(0, Math.min(s.text().length(), offset - s.start())));
            if (joint.matcher(words.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The states named in the nearest sentence (the speaker's own included) that names two or more. */
    private List<Actor> partiesBefore(int offset) {
        int k = sentences.size() - 1;
        while (k > 0 && sentences.get(k).start() > offset) {
            k--;
        }
        for (int j = k; j >= 0 && j >= k - PARTIES_BACK; j--) {
            int from = sentences.isEmpty() ? 0 : sentences.get(j).start();
            int to = sentences.isEmpty() || j == k ? offset : sentences.get(j).end();
            List<Mention> in = mentions.stream().filter(m -> m.actor().start() >= from && m.actor().start() < to
                    && (m.kind() == EntryKind.PERSON || !StateContext.bare(m) || listed(m))).toList();
            List<Actor> states = distinctStates(in);
            if (states.size() > 1) {
                return states;
            }
        }
        return List.of();
    }

    /** A plural cue the actors stage spread over a list of states ("the two governments"): one mention per state. */
    private boolean listed(Mention m) {
        return mentions.stream().filter(o -> o.actor().start().equals(m.actor().start())
                && o.actor().end().equals(m.actor().end())).count() > 1;
    }

    /** The last body named before the offset whose name holds the head word ("Court"), named with its state, or null. */
    private Actor namedBefore(String head, int offset) {
        Actor found = null;
        int at = -1;
        Cast.Body body = cast.bodyBefore(head, offset);
        if (body != null) {
            found = body.actor();
            at = body.start();
        }
        for (Mention m : mentions) {
            if (m.actor().start() >= offset) {
                break;
            }
            Actor a = m.actor();
            if (m.kind() == EntryKind.ORGANIZATION && a.name() != null && a.start() > at
                    && List.of(a.name().toLowerCase(Locale.ROOT).split("[\\s,]+")).contains(head)) {
                found = names.placedName(a);
            }
        }
        return found;
    }

    private List<Mention> on(Span speaker) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.start() >= speaker.end()) {
                break;
            }
            if (a.end() > speaker.start()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention heading the words: the one ending last, a named state or body before a cue. */
    private static Mention main(List<Mention> on) {
        Mention best = null;
        for (Mention m : on) {
            if (m.kind() == EntryKind.ADJECTIVE || "first_person".equals(m.office())) {
                continue;
            }
            boolean better = best == null || (StateContext.bare(best) && !StateContext.bare(m))
                    || (StateContext.bare(best) == StateContext.bare(m) && m.actor().end() > best.actor().end());
            if (better) {
                best = m;
            }
        }
        return best;
    }

    /** Distinct states of the government mentions, in order. */
    private static List<Actor> distinctStates(List<Mention> on) {
        Map<String, Actor> states = new LinkedHashMap<>();
        for (Mention m : on) {
            Actor a = m.actor();
            if (m.kind() != EntryKind.ADJECTIVE && a.role() == Role.GOV && a.country() != null) {
                states.putIfAbsent(a.country(), a);
            }
        }
        return List.copyOf(states.values());
    }

    /** Several states speaking together: one speaker, "Governments of A, B and C", with no one country. */
    private Actor governments(Span speaker, List<Actor> states) {
        List<String> parties = states.stream().map(a -> names.countryName(a.country())).toList();
        String list = String.join(", ", parties.subList(0, parties.size() - 1)) + " and " + parties.get(parties.size() - 1);
        return new Actor(speaker.text(), speaker.start(), speaker.end(), "Governments of " + list, null, null, Role.GOV);
    }

    private Actor government(Span speaker, String country, String known) {
        String name = known != null ? known : names.governmentName(country);
        return new Actor(speaker.text(), speaker.start(), speaker.end(), name, country, null, Role.GOV);
    }
}
