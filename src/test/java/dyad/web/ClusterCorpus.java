package dyad.web;

import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Metadata;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.store.Fixtures;
import dyad.store.Ingested;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports of Norway's sanctions on Belarus for the cluster tests: one act of 3 March 2025 told by
 * a wire story, a syndicated copy of it and a second outlet (which dates it a day later), a later
 * act of the same pair and type in September, and a review that corroborates the March act a year on.
 */
final class ClusterCorpus {

    private ClusterCorpus() {
    }

    static final String WIRE = """
            Norway imposes sanctions on Belarus
            OSLO (Nordic Wire) - Norway imposed sanctions on Belarus on Monday, freezing the assets of twelve officials it blames for the crackdown on protesters. The foreign ministry said the measures would stay until political prisoners are released. Officials in Minsk did not respond to a request for comment on the decision.
            """;
    static final String COPY = WIRE.replace("Norway imposes sanctions on Belarus", "Norway slaps sanctions on Minsk");
    static final String BALTIC = "Oslo targets Belarus. Norway on Monday placed sanctions on Belarus, an asset freeze hitting"
            + " twelve officials over the crackdown.";
    static final String AUTUMN = "Norway widens its list. Norway imposed new sanctions on Belarus on Monday, adding the potash"
            + " exporter and four banks.";
    static final String REVIEW = "A year of pressure. In March 2025 Norway sanctioned Belarus for the first time, naming twelve"
            + " officials.";

    static Ingested wire() {
        return report("news/wire.txt", WIRE, "Norway imposes sanctions on Belarus", "Nordic Wire", "2025-03-04", "2025-03-03",
                "Norway imposed");
    }

    static Ingested copy() {
        return report("news/copy.txt", COPY, "Norway slaps sanctions on Minsk", "Harbour Gazette", "2025-03-04", "2025-03-03",
                "Norway imposed");
    }

    /** Its title and publisher hold markup, which every page must show as text. */
    static Ingested baltic() {
        return report("news/baltic.txt", BALTIC, "Oslo <b>targets</b> Belarus & Minsk", "<i>Baltic</i> Daily", "2025-03-05",
                "2025-03-04", "Norway on Monday");
    }

    static Ingested autumn() {
        return report("news/autumn.txt", AUTUMN, "Norway widens its list", "Nordic Wire", "2025-09-16", "2025-09-15",
                "Norway imposed");
    }

    static Ingested review() {
        return report("news/review.txt", REVIEW, "A year of pressure", "Eastern Review", "2026-02-20", "2025-03", "In March");
    }

    static List<Ingested> march() {
        return List.of(wire(), copy(), baltic(), autumn());
    }

    /** A report of one asserted SANCTION of Norway on Belarus, told in the sentence starting with {@code sentence}. */
    static Ingested report(String path, String text, String title, String publisher, String published, String date,
                           String sentence) {
        Document d = new Document(path, text, EventDate.day(LocalDate.parse(published)),
                new Metadata(title, publisher, null, "https://news.example/" + path, "en", "wire report"));
        Event e = new Event(path, PloverType.SANCTION, null, Fixtures.gov("Norway", text, "Norway", "NOR"),
                Fixtures.gov(null, text, "Belarus", "BLR"), Fixtures.date(date), Modality.ASSERTED,
                Fixtures.sentence(text, sentence));
        return Ingested.of(d, path, List.<Record>of(e));
    }
}
