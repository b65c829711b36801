package dyad.extract.letters;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Span;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events a letter makes and unmakes. None comes from its signature block, a list of names,
 * nor is the act a passage asks of "you" one ("That you press for their release").
 * The REQUEST events its asking passages make: one per addressed party from the
 * signatories ("we") in the sentence that asks — the title's demand, each lead-in and demand,
 * an earlier letter that asked (dated then). A REQUEST the sentence rules already found is
 * kept when it asks an addressee; one they aimed at another party ("We urge you to use the
 * UK's position … to press the Government of Yemen") is replaced, since the letter says whom it asks.
 */
public final class LetterRequests {

    private LetterRequests() {
    }

    /** The events with the letter's requests completed; {@code we} is the signatories as one party. */
    public static List<Event> complete(String docId, String text, List<Sentence> sentences, List<Event> events,
                                       LetterExtractor.Reading letter, Actor we, EventDate written) {
        List<Event> out = new ArrayList<>(events);
        if (letter.signatures() >= 0) {
            out.removeIf(e -> e.evidence().start() >= letter.signatures());
        }
        for (LetterExtractor.Ask ask : letter.asks()) {
            Sentence s = sentenceAt(sentences, ask.start(), ask.end());
            if (s == null) {
                continue;
            }
            Span evidence = Span.of(text, s.start(), s.end());
            EventDate date = ask.date() != null ? ask.date() : written;
            List<Actor> targets = new ArrayList<>();
            for (Actor a : ask.addressees()) {
                if (a.mentioned() && targets.stream().noneMatch(t -> key(t).equals(key(a)))) {
                    targets.add(a);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            if (ask.date() == null) {
                // "That you press for …", "We urge you to use …": what the addressee is asked to do is no event yet.
                out.removeIf(e -> addressedAct(e, ask));
            }
            // "We wrote to the minister, asking …": the one asked is not the one asking.
            out.removeIf(e -> e.type() == PloverType.REQUEST && e.source().mentioned() && !fromUs(e, we)
                    && e.evidence().overlaps(evidence.start(), evidence.end())
                    && targets.stream().anyMatch(t -> key(t).equals(key(e.source()))));
            List<Event> here = out.stream().filter(e -> e.type() == PloverType.REQUEST && fromUs(e, we)
                    && e.evidence().overlaps(ask.start(), Math.max(ask.end(), ask.start() + 1))).toList();
            // A demand made now asks only its addressees; an earlier letter's asks, those it was sent to.
            out.removeIf(e -> here.contains(e) && (ask.date() == null || Objects.equals(e.date(), date))
                    && targets.stream().noneMatch(t -> key(t).equals(key(e.target()))));
            for (Actor t : targets) {
                boolean found = out.stream().anyMatch(e -> e.type() == PloverType.REQUEST && fromUs(e, we)
                        && (e.evidence().overlaps(evidence.start(), evidence.end())
                                || e.evidence().overlaps(ask.start(), ask.end())) && key(e.target()).equals(key(t))
                        && Objects.equals(e.date(), date));
                if (!found) {
                    out.add(new Event(docId, PloverType.REQUEST, "change", we.implicit(), t, date, Modality.ASSERTED,
                            evidence));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern YOU = java.util.regex.Pattern.compile("(?i)(?:you|your)\\b.*");

    /** An act whose agent is "you" in a passage that asks: the act asked for. */
    private static boolean addressedAct(Event e, LetterExtractor.Ask ask) {
        Actor s = e.source();
        return s.mentioned() && s.start() >= ask.start() && s.end() <= ask.end() && YOU.matcher(s.text()).matches();
    }

    private static boolean fromUs(Event e, Actor we) {
        Actor s = e.source();
        return Objects.equals(s.name(), we.name()) && Objects.equals(s.country(), we.country());
    }

    /** One party per state; bodies without a state by their organisation, else their name. */
    private static String key(Actor a) {
        return a.country() != null ? a.country() : a.org() != null ? a.org() : String.valueOf(a.name());
    }

    /** The sentence holding the passage's start, else the first one overlapping it. */
    private static Sentence sentenceAt(List<Sentence> sentences, int start, int end) {
        Sentence overlapping = null;
        for (Sentence s : sentences) {
            if (s.start() <= start && start < s.end()) {
                return s;
            }
            if (overlapping == null && s.start() < end && start < s.end()) {
                overlapping = s;
            }
        }
        return overlapping;
    }
}
