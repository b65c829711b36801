package dyad.store;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Metadata;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents about Colombia and Venezuela (and one about Colombia and the United States), written for
 * the coverage tests: who is quoted near the pair's events, far from them, and in documents about
 * another pair. What {@code coverage(COL, VEN)} must count is said beside each.
 */
public final class CoverageFixtures {

    private CoverageFixtures() {
    }

    /** Far enough that a quote after it is not near the event before it. */
    static final String FILLER = "The rest of the report turns to other matters. ".repeat(25);

    /**
     * 2025-01 (2 documents, one publisher: "Reuters" and "reuters"): quotes of Venezuela's government and of
     * an unknown speaker, near events in both directions; a Colombian activist quoted far from them (not
     * counted). 2025-03 (1 document, "El País"): a relation only, and a Venezuelan opposition quote.
     * 2024 (dated only to the year, no publisher): a UN expert (IGO, no country). 2025-02: a Colombian
     * minister on the United States: not about the pair.
     */
    public static List<Ingested> documents() {
        List<Ingested> out = new ArrayList<>();
        out.add(doc("wire/col-ven-1.txt", "2025-01-10", "Reuters",
                "Colombia imposed sanctions on Venezuela. \"This is aggression,\" said Delcy Rodríguez. " + FILLER
                        + "\"Rights first,\" said the activist Ana Gómez.",
                (t, name) -> List.of(
                        event(t, name, "Colombia imposed", "Colombia", "COL", "Venezuela", "VEN", PloverType.SANCTION),
                        quote(t, name, "This is aggression,", person(t, "Delcy Rodríguez", "VEN", null, Role.GOV)),
                        quote(t, name, "Rights first,", person(t, "Ana Gómez", "COL", null, Role.CSO)))));
        out.add(doc("wire/col-ven-2.txt", "2025-01-20", "reuters",
                "Venezuela accused Colombia of meddling. \"We reject it,\" said Gustavo Petro. \"Nobody knows,\" one said.",
                (t, name) -> List.of(
                        event(t, name, "Venezuela accused", "Venezuela", "VEN", "Colombia", "COL", PloverType.ACCUSE),
                        quote(t, name, "We reject it,", person(t, "Gustavo Petro", "COL", null, Role.GOV)),
                        quote(t, name, "Nobody knows,", null))));
        out.add(doc("paper/col-ven-3.txt", "2025-03-05", "El País",
                "Venezuela and Colombia restored full diplomatic relations. \"Too late,\" said María Corina Machado.",
                (t, name) -> List.of(
                        new Relation(name, List.of("VEN", "COL"), Relation.DIPLOMATIC_LEVEL, "embassy",
                                Fixtures.date("2025-03"), Fixtures.sentence(t, "Venezuela and")),
                        quote(t, name, "Too late,", person(t, "María Corina Machado", "VEN", null, Role.OPP)))));
        out.add(doc("blog/col-ven-4.txt", "2024", null,
                "Colombia consulted Venezuela. \"Talk more,\" said the UN expert Jane Roe.",
                (t, name) -> List.of(
                        event(t, name, "Colombia consulted", "Colombia", "COL", "Venezuela", "VEN", PloverType.CONSULT),
                        quote(t, name, "Talk more,", person(t, "Jane Roe", null, "UNO", Role.IGO)))));
        out.add(doc("wire/col-usa.txt", "2025-02-01", "AP",
                "Colombia protested to the United States. \"Unacceptable,\" said Gustavo Petro.",
                (t, name) -> List.of(
                        event(t, name, "Colombia protested", "Colombia", "COL", "United States", "USA", PloverType.PROTEST),
                        quote(t, name, "Unacceptable,", person(t, "Gustavo Petro", "COL", null, Role.GOV)))));
        return out;
    }

    interface Records {
        List<Record> of(String text, String name);
    }

    static Ingested doc(String name, String date, String publisher, String text, Records records) {
        Document d = new Document(name, text, Fixtures.date(date), new Metadata(null, publisher, null, null, null, null));
        return Ingested.of(d, null, records.of(text, name));
    }

    static Event event(String t, String name, String start, String source, String sourceCountry, String target,
                       String targetCountry, PloverType type) {
        Actor a = Fixtures.gov(source, t, "Government of " + source, sourceCountry);
        Actor b = Fixtures.gov(target, t, "Government of " + target, targetCountry);
        return new Event(name, type, null, a, b, dyad.model.EventDate.UNKNOWN, Modality.ASSERTED, Fixtures.sentence(t, start));
    }

    static Actor person(String t, String name, String country, String org, Role role) {
        int at = t.indexOf(name);
        return new Actor(name, at, at + name.length(), name, country, org, role);
    }

    static Quote quote(String t, String name, String words, Actor speaker) {
        int at = t.indexOf(words);
        return new Quote(name, speaker, speaker == null ? null : "said", words, at, at + words.length());
    }
}
