package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

/**
 * Recognises an open letter or petition (an "Open Letter to" heading, a "Dear …," salutation,
 * or numbered demands in the first person plural) and reads its recipients, authors (the
 * self-descriptions of signatory bodies at its end), numbered demands with their addressee,
 * and the earlier letters it cites with whether they were answered.
 */
public final class LetterExtractor {

    /** Mentions with document offsets: every sentence's actors, already resolved. */
    public record Context(Document doc, List<Mention> mentions,
                          BiFunction<Integer, Integer, List<DatedSpan>> datesIn) {
    }

    /** A date expression found in the text. */
    public record DatedSpan(Span span, EventDate date) {
    }

    public boolean isLetter(String text) {
        boolean heading = LetterCues.OPEN_LETTER.matcher(text.substring(0, Math.min(text.length(), 600))).find();
        boolean salutation = LetterCues.SALUTATION.matcher(text).find();
        long demands = DemandReader.items(text).stream().filter(i -> LetterCues.DEMAND_CUE.matcher(i.text()).find()).count();
        return heading || salutation || demands >= 2;
    }

    public Optional<Letter> extract(Context c) {
        String text = c.doc().text();
        if (!isLetter(text)) {
            return Optional.empty();
        }
        List<Actor> recipients = recipients(c, text);
        List<Actor> authors = AuthorReader.authors(text, c.mentions());
        List<Demand> demands = DemandReader.demands(text, c.mentions());
        List<LetterReference> references = ReferenceReader.references(text, c);
        return Optional.of(new Letter(c.doc().id(), c.doc().date(), authors, recipients, demands, references));
    }

    /** The person or body named after "Letter to", else in the salutation. */
    private static List<Actor> recipients(Context c, String text) {
        List<Actor> out = new ArrayList<>();
        Matcher heading = LetterCues.OPEN_LETTER.matcher(text);
        int from = -1;
        if (heading.find() && heading.start() < 600) {
            from = heading.end();
        } else {
            Matcher dear = LetterCues.SALUTATION.matcher(text);
            if (dear.find()) {
                from = dear.start();
            }
        }
        if (from < 0) {
            return out;
        }
        int lineEnd = text.indexOf('\n', from);
        int to = lineEnd < 0 ? text.length() : lineEnd;
        for (Mention m : c.mentions()) {
            Actor a = m.actor();
            if (a.start() != null && a.start() >= from && a.end() <= to && m.kind() != EntryKind.ADJECTIVE) {
                out.add(a);
            }
        }
        return out.isEmpty() ? out : List.of(out.get(0));
    }

    static Actor bodyActor(String text, int start, int end, String name, String country) {
        return new Actor(text.substring(start, end), start, end, name, country, null, Role.CSO);
    }
}
