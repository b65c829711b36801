package dyad.web;

import static dyad.store.Fixtures.date;
import static dyad.store.Fixtures.gov;
import static dyad.store.Fixtures.sentence;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.Ingested;
import java.util.ArrayList;
import java.util.List;

/** Hand-made documents and records for the web tests: no models needed. */
final class Corpus {

    private Corpus() {
    }

    static final String LETTER = """
            Open letter to Prime Minister Carney, 8 January 2026.
            Canada imposed sanctions on Venezuela in 2017. Ottawa "will not recognise the election," the minister said.
            We urge Canada to condemn the intervention. Our letter of 13 November 2025 went unanswered.
            In March 2024 Venezuela accused Canada of interference.
            """;

    /** Hostile text: markup, quotes and ampersands in the text, the names and the quote. */
    static final String HOSTILE = """
            Report <script>alert("pwned")</script> & 'friends'.
            Canada <b>"praised"</b> Venezuela's <img src=x onerror=alert(1)> talks.
            "<script>alert('quote')</script>" said the <i>envoy</i>.
            """;

    /** Events, two quotes, a letter with one demand and a relation (records 0..6). */
    static Ingested letter() {
        String t = LETTER;
        String name = "letters/open.md";
        List<Record> r = new ArrayList<>();
        Actor canada = gov("Canada", t, "Government of Canada", "CAN");
        Actor venezuela = gov("Venezuela", t, "Government of Venezuela", "VEN");
        r.add(new Event(name, PloverType.SANCTION, "sanction", canada, venezuela, date("2017-06"), Modality.ASSERTED,
                sentence(t, "Canada imposed")));
        r.add(new Event(name, PloverType.REJECT, null, gov("Ottawa", t, "Government of Canada", "CAN"),
                gov(null, t, "Government of Venezuela", "VEN"), date("2026-01"), Modality.INTENDED, sentence(t, "Ottawa")));
        int v = t.indexOf("Venezuela accused");
        r.add(new Event(name, PloverType.ACCUSE, null, new Actor("Venezuela", v, v + 9, "Government of Venezuela", "VEN", null, Role.GOV),
                gov(null, t, "Government of Canada", "CAN"), date("2024-03"), Modality.ASSERTED, sentence(t, "In March 2024")));
        int q = t.indexOf("will not");
        String quoted = "will not recognise the election,";
        r.add(new Quote(name, gov("minister", t, "Mélanie Joly", "CAN"), "said", quoted, q, q + quoted.length()));
        int d = t.indexOf("We urge");
        String demand = "We urge Canada to condemn the intervention.";
        r.add(new Letter(name, date("2026-01-08"), List.of(new Actor("We", d, d + 2, "Signatories", null, null, Role.CSO)),
                List.of(gov("Prime Minister Carney", t, "Mark Carney", "CAN")),
                List.of(new Demand(1, "condemn the intervention", gov(null, t, "Government of Canada", "CAN"), demand, d,
                        d + demand.length())),
                List.of(new LetterReference(date("2025-11-13"), List.of(gov(null, t, "Mark Carney", "CAN")), false))));
        r.add(new Relation(name, List.of("CAN", "VEN"), Relation.SANCTIONS, "imposed", date("2017"), sentence(t, "Canada imposed")));
        return Ingested.of(new Document(name, t, date("2026-01-08")), "/corpus/letters/open.md", r);
    }

    /** A document whose text and names carry markup; one event and one quote. */
    static Ingested hostile() {
        String t = HOSTILE;
        String name = "news/<script>alert(\"doc\")</script>.html";
        int c = t.indexOf("Canada <b>");
        Actor source = new Actor("Canada", c, c + 6, "<b>\"Evil\" & 'Co'</b>", "CAN", null, Role.GOV);
        Actor target = gov("Venezuela", t, "Government of Venezuela", "VEN");
        Event e = new Event(name, PloverType.CONSULT, null, source, target, date("2025-05-02"), Modality.ASSERTED,
                sentence(t, "Canada <b>"));
        int q = t.indexOf("<script>alert('quote')");
        String quoted = "<script>alert('quote')</script>";
        Actor envoy = new Actor("envoy", t.indexOf("envoy"), t.indexOf("envoy") + 5, "<i>Envoy</i> \"X\"", "CAN", null, Role.GOV);
        Quote quote = new Quote(name, envoy, "said", quoted, q, q + quoted.length());
        return Ingested.of(new Document(name, t, date("2025-05-02")), null, List.of(e, quote));
    }

    /** {@code n} events from source to target, one per month starting at {@code firstMonth}, alternating two types. */
    static Ingested monthly(String name, int n, String source, String target, String firstMonth) {
        StringBuilder text = new StringBuilder();
        List<Record> records = new ArrayList<>();
        java.time.YearMonth month = java.time.YearMonth.parse(firstMonth);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append(source).append(" met ").append(target).append(" in ").append(month.plusMonths(i)).append(". ");
            spans.add(new int[] {start, text.length() - 1});
        }
        String t = text.toString();
        for (int i = 0; i < n; i++) {
            int[] s = spans.get(i);
            Actor a = new Actor(source, s[0], s[0] + 3, "Government of " + source, source, null, Role.GOV);
            Actor b = new Actor(target, s[0] + 8, s[0] + 11, "Government of " + target, target, null, Role.GOV);
            PloverType type = i % 2 == 0 ? PloverType.CONSULT : PloverType.PROTEST;
            records.add(new Event(name, type, null, a, b, date(month.plusMonths(i).toString()), Modality.ASSERTED,
                    Span.of(t, s[0], s[1])));
        }
        return Ingested.of(new Document(name, t, date(firstMonth)), null, records);
    }

    /** Canada and Cuba (a dyad no other fixture has): four events dated only to the year, one undated. */
    static Ingested canadaCubaByYear() {
        return yearly("news/yearly.txt", "CAN", "CUB", 2013, 2017, 2018, 2020);
    }

    /**
     * Events from source to target dated only to the year, one per given year (CONSULT and SANCTION
     * alternating), and one event with no date: how news texts often date what countries did.
     */
    static Ingested yearly(String name, String source, String target, int... years) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int year : years) {
            int start = text.length();
            text.append(source).append(" met ").append(target).append(" in ").append(year).append(". ");
            spans.add(new int[] {start, text.length() - 1});
        }
        int undatedStart = text.length();
        text.append(source).append(" met ").append(target).append(" once.");
        String t = text.toString();
        List<Record> records = new ArrayList<>();
        for (int i = 0; i <= years.length; i++) {
            int[] s = i < years.length ? spans.get(i) : new int[] {undatedStart, t.length()};
            Actor a = new Actor(source, s[0], s[0] + 3, "Government of " + source, source, null, Role.GOV);
            Actor b = new Actor(target, s[0] + 8, s[0] + 11, "Government of " + target, target, null, Role.GOV);
            PloverType type = i % 2 == 0 ? PloverType.CONSULT : PloverType.SANCTION;
            EventDate when = i < years.length ? date(String.valueOf(years[i])) : EventDate.UNKNOWN;
            records.add(new Event(name, type, null, a, b, when, Modality.ASSERTED, Span.of(t, s[0], s[1])));
        }
        return Ingested.of(new Document(name, t, EventDate.UNKNOWN), null, records);
    }
}
