package dyad.index;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.ContentHash;
import dyad.store.DocumentInfo;
import dyad.store.StoredDocument;
import java.time.Instant;
import java.util.List;

/** Stored documents and records built by hand, located by the words they quote. */
final class IndexFixtures {

    private IndexFixtures() {
    }

    static StoredDocument stored(long id, String name, String text, String date) {
        return new StoredDocument(new DocumentInfo(id, ContentHash.of(text), name, name + ".txt", date(date), text.length(),
                Instant.parse("2026-01-01T00:00:00Z")), text);
    }

    static EventDate date(String value) {
        if (value == null) {
            return EventDate.UNKNOWN;
        }
        return new EventDate(value, switch (value.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        });
    }

    /** The actor mentioned as {@code mention} (its first occurrence in {@code text}). */
    static Actor actor(String text, String mention, String name, String country) {
        int at = text.indexOf(mention);
        if (at < 0) {
            throw new IllegalArgumentException("'" + mention + "' is not in the text");
        }
        return new Actor(mention, at, at + mention.length(), name, country, null, Role.GOV);
    }

    /** The sentence of {@code text} that starts with {@code start}. */
    static Span sentence(String text, String start) {
        int at = text.indexOf(start);
        return Span.of(text, at, text.indexOf('.', at) + 1);
    }

    static Event event(StoredDocument d, PloverType type, Actor source, Actor target, String date, Modality modality,
                       String sentenceStart) {
        return new Event(d.info().name(), type, null, source, target, date(date), modality, sentence(d.text(), sentenceStart));
    }

    static Quote quote(StoredDocument d, Actor speaker, String words) {
        int at = d.text().indexOf(words);
        return new Quote(d.info().name(), speaker, "said", words, at, at + words.length());
    }

    static final String SANCTIONS_TEXT = "Canada imposed sanctions on Venezuela in 2017. "
            + "Ottawa \"will not recognise the election,\" Mélanie Joly said. "
            + "In March 2024 Venezuela accused Canada of interference. "
            + "The two governments held talks in Geneva.";

    /** A document with three events (SANCTION 2017, ACCUSE 2024-03, CONSULT undated), a quote and a relation. */
    static StoredDocument sanctionsDocument() {
        return stored(7, "sanctions-2026", SANCTIONS_TEXT, "2026-01-08");
    }

    static List<Record> sanctionsRecords(StoredDocument d) {
        String t = d.text();
        Actor canada = actor(t, "Canada", "Government of Canada", "CAN");
        Actor venezuela = actor(t, "Venezuela", "Government of Venezuela", "VEN");
        return List.of(
                event(d, PloverType.SANCTION, canada, venezuela, "2017", Modality.ASSERTED, "Canada imposed"),
                quote(d, actor(t, "Mélanie Joly", "Mélanie Joly", "CAN"), "will not recognise the election,"),
                new Relation(d.info().name(), List.of("CAN", "VEN"), Relation.SANCTIONS, "imposed", date("2017"),
                        sentence(t, "Canada imposed")),
                event(d, PloverType.ACCUSE, actor(t, "Venezuela accused", "Government of Venezuela", "VEN").mentionedAs(
                        Span.of(t, t.indexOf("Venezuela accused"), t.indexOf("Venezuela accused") + 9)),
                        canada.implicit(), "2024-03", Modality.ASSERTED, "In March 2024"),
                event(d, PloverType.CONSULT, actor(t, "The two governments", "Government of Canada", "CAN"),
                        venezuela.implicit(), null, Modality.ASSERTED, "The two governments"));
    }
}
