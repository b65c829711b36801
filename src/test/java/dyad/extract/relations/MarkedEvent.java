package dyad.extract.relations;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event built from a marked sentence, so a test reads like the text it covers:
 * {@code "[Ottawa:CAN] has expelled [Venezuela:VEN]'s ambassador."} — the first bracket is the
 * source, the second the target, each {@code [text:ISO3]} or {@code [text:ISO3/ROLE]} (role GOV
 * by default). A target not mentioned is given as {@code "~VEN"} after the sentence. The
 * markers are removed; actor offsets and the evidence span are those of the clean sentence.
 */
record MarkedEvent(String text, Actor source, Actor target) {

    private static final Pattern MENTION = Pattern.compile("\\[([^:\\]]+):([A-Z]{3})(?:/([A-Z]{3}))?]");

    /** A marked sentence without its markers, and the actors marked in it (an IGO's code is its org). */
    record Marked(String text, List<Actor> actors) {
    }

    static Marked mentions(String marked) {
        StringBuilder clean = new StringBuilder();
        List<Actor> actors = new ArrayList<>();
        Matcher m = MENTION.matcher(marked);
        int last = 0;
        while (m.find()) {
            clean.append(marked, last, m.start());
            int start = clean.length();
            clean.append(m.group(1));
            Role role = m.group(3) == null ? Role.GOV : Role.valueOf(m.group(3));
            boolean igo = role == Role.IGO;
            actors.add(new Actor(m.group(1), start, clean.length(), m.group(1), igo ? null : m.group(2),
                    igo ? m.group(2) : null, role));
            last = m.end();
        }
        clean.append(marked.substring(last));
        return new Marked(clean.toString(), actors);
    }

    static MarkedEvent parse(String marked, String... implicit) {
        Marked read = mentions(marked);
        List<Actor> actors = new ArrayList<>(read.actors());
        for (String code : implicit) {
            String[] parts = code.substring(1).split("/");
            Role role = parts.length > 1 ? Role.valueOf(parts[1]) : Role.GOV;
            actors.add(new Actor(null, null, null, "Government of " + parts[0], parts[0], null, role));
        }
        if (actors.size() != 2) {
            throw new IllegalArgumentException("a marked event needs a source and a target: " + marked);
        }
        return new MarkedEvent(read.text(), actors.get(0), actors.get(1));
    }

    static Event event(String marked, PloverType type, String mode, Modality modality, EventDate date,
                       String... implicit) {
        MarkedEvent e = parse(marked, implicit);
        return new Event("d.txt", type, mode, e.source(), e.target(), date, modality,
                Span.of(e.text(), 0, e.text().length()));
    }
}
