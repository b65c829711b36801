package dyad.store;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Documents and records built by hand, so store tests need no models. */
public final class Fixtures {

    private Fixtures() {
    }

    static final String LETTER_TEXT = """
            Open letter to Prime Minister Carney, 8 January 2026.
            Canada imposed sanctions on Venezuela in 2017. Ottawa "will not recognise the election," the minister said.
            We urge Canada to condemn the intervention. Our letter of 13 November 2025 went unanswered.
            In March 2024 Venezuela accused Canada of interference. "Say \"\\N\" here," he said.
            """;

    public static Actor gov(String text, String doc, String name, String country) {
        if (text == null) {
            return new Actor(null, null, null, name, country, null, Role.GOV);
        }
        int at = doc.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the text");
        }
        return new Actor(text, at, at + text.length(), name, country, null, Role.GOV);
    }

    public static Span sentence(String doc, String start) {
        int at = doc.indexOf(start);
        int end = doc.indexOf('.', at) + 1;
        return Span.of(doc, at, end);
    }

    public static EventDate date(String value) {
        if (value == null) {
            return EventDate.UNKNOWN;
        }
        return new EventDate(value, switch (value.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        });
    }

    /** The letter document with one record of every kind (events, quotes, a letter, a relation). */
    static Ingested letterDocument(String name, String path) {
        String t = LETTER_TEXT;
        Document doc = new Document(name, t, date("2026-01-08"));
        List<Record> records = new ArrayList<>();
        Actor canada = gov("Canada", t, "Government of Canada", "CAN");
        Actor venezuela = gov("Venezuela", t, "Government of Venezuela", "VEN");
        records.add(new Event(name, PloverType.SANCTION, "sanction", canada, venezuela, date("2017"), Modality.ASSERTED,
                sentence(t, "Canada imposed")));
        records.add(new Event(name, PloverType.REJECT, null, gov("Ottawa", t, "Government of Canada", "CAN"),
                gov(null, t, "Government of Venezuela", "VEN"), date("2026-01"), Modality.INTENDED, sentence(t, "Ottawa")));
        int v = t.indexOf("Venezuela accused");
        records.add(new Event(name, PloverType.ACCUSE, null,
                new Actor("Venezuela", v, v + 9, "Government of Venezuela", "VEN", null, Role.GOV),
                gov(null, t, "Government of Canada", "CAN"), date("2024-03"), Modality.ASSERTED,
                sentence(t, "In March 2024")));
        int q = t.indexOf("will not");
        records.add(new Quote(name, gov("minister", t, "Mélanie Joly", "CAN"), "said", "will not recognise the election,",
                q, q + "will not recognise the election,".length()));
        int q2 = t.indexOf("Say");
        String quoted = "Say \"\\N\" here,";
        records.add(new Quote(name, null, null, quoted, q2, q2 + quoted.length()));
        int d = t.indexOf("We urge");
        String demand = "We urge Canada to condemn the intervention.";
        records.add(new Letter(name, date("2026-01-08"),
                List.of(new Actor("We", d, d + 2, "Signatories", null, null, Role.CSO)),
                List.of(gov("Prime Minister Carney", t, "Mark Carney", "CAN")),
                List.of(new Demand(1, "condemn the intervention", gov(null, t, "Government of Canada", "CAN"),
                        demand, d, d + demand.length())),
                List.of(new LetterReference(date("2025-11-13"), List.of(gov(null, t, "Mark Carney", "CAN")), false),
                        new LetterReference(EventDate.UNKNOWN, List.of(), null))));
        records.add(new Relation(name, List.of("CAN", "VEN"), Relation.SANCTIONS, "imposed", date("2017"),
                sentence(t, "Canada imposed")));
        return Ingested.of(doc, path, records);
    }

    /** A short document with {@code n} events from {@code source} to {@code target}, dated in one month. */
    public static Ingested events(String name, String path, int n, String source, String target, PloverType type,
                           String month, Modality modality) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append(source).append(" acted on ").append(target).append(" (").append(name).append(' ').append(i)
                    .append(' ').append(type).append(' ').append(month).append("). ");
            spans.add(new int[] {start, text.length() - 1});
        }
        String t = text.toString();
        List<Record> records = new ArrayList<>();
        for (int[] s : spans) {
            Actor a = new Actor(source, s[0], s[0] + 3, "Government of " + source, source, null, Role.GOV);
            Actor b = new Actor(target, s[0] + 13, s[0] + 16, "Government of " + target, target, null, Role.GOV);
            records.add(new Event(name, type, null, a, b, date(month), modality, Span.of(t, s[0], s[1])));
        }
        return Ingested.of(new Document(name, t, date(month)), path, records);
    }
}
