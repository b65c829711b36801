package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.dates.DateLexicon;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Role;
import java.util.List;
import java.util.Optional;

/** Reads a letter without the NLP pipeline: the gazetteer, the date finder, and mentions the test gives. */
final class Letters {

    private static Gazetteer gazetteer;

    private Letters() {
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load();
        }
        return gazetteer;
    }

    static Optional<LetterExtractor.Reading> read(String text, EventDate written, List<Mention> mentions) {
        DateExpressionFinder dates = new DateExpressionFinder(DateLexicon.load());
        LetterExtractor.Context c = new LetterExtractor.Context(new Document("letter.txt", text, written), mentions,
                (from, to) -> dates.find(text, from, to, written, written).stream()
                        .map(t -> new LetterExtractor.DatedSpan(t.span(), t.date())).toList());
        return new LetterExtractor(gazetteer(), LetterLexicon.load()).read(c);
    }

    /** A mention of {@code written} (its first occurrence after {@code after}) as this actor. */
    static Mention mention(String text, String written, String after, String name, String country, Role role,
                           EntryKind kind) {
        int start = text.indexOf(written, text.indexOf(after));
        Actor a = new Actor(written, start, start + written.length(), name, country, null, role);
        return new Mention(0, 0, a, kind, null);
    }

    static Mention government(String text, String written, String after, String iso3, String name) {
        return mention(text, written, after, name, iso3, Role.GOV, EntryKind.COUNTRY);
    }
}
