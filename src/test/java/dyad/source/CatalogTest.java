package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Document;
import dyad.model.EventDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Map<String, EventDate> datesRead(DocumentDates given, String... args) {
        List<Document> docs = new ArrayList<>();
        new SourceReader(given).read(List.of(args), docs::add, e -> errors.add(e.message()));
        return docs.stream().collect(Collectors.toMap(Document::id, Document::date));
    }

    @Test
    void aCatalogBesideTheTextsDatesThemBeforeTheirOwnText() throws IOException {
        write("wire/a.txt", "Dec. 1 (Wire) — Talks resumed on Monday.");
        write("wire/b.txt", "January 8, 2026\n\nDear Minister,");
        write("wire/sub/c.txt", "No date in this one.");
        write("wire/catalog.csv", """
                file,published,precision,publisher,genre,title
                a.txt,2023-12-01,day,Wire,wire report,"Talks, at last"
                b.txt,2025-11,month,,open letter,
                sub/c.txt,2019-03-04,month,,,
                """);

        Map<String, EventDate> dates = datesRead(null, dir.resolve("wire").toString());

        assertThat(errors).isEmpty();
        assertThat(dates).containsEntry("a.txt", EventDate.day(LocalDate.of(2023, 12, 1)))
                .as("the catalog beats the date line of the text").containsEntry("b.txt", EventDate.month(YearMonth.of(2025, 11)))
                .as("a precision coarser than the value cuts it").containsEntry("sub/c.txt", EventDate.month(YearMonth.of(2019, 3)));
    }

    @Test
    void aCatalogRowGivesItsFileATitleAndALinkOverWhatThePageSays() throws IOException {
        write("news/a.txt", "Talks resumed.");
        write("news/b.html", """
                <html lang="en"><head><title>Page title</title><meta property="og:site_name" content="Page Wire">
                <meta property="article:published_time" content="2022-05-04T08:00:00Z"></head>
                <body><p>Seoul and Tokyo resumed talks.</p></body></html>""");
        write("news/c.html", "<html><head><meta property=\"article:published_time\" content=\"2021-01-02\"></head>"
                + "<body><p>Undated in its text.</p></body></html>");
        write("news/catalog.csv", """
                file,published,precision,publisher,genre,title,url
                a.txt,2023-12-01,day,Wire,news,"Talks, at last",https://wire.example/a
                b.html,,,,analysis,Catalog title,
                """);
        List<Document> docs = new ArrayList<>();
        new SourceReader(null).read(List.of(dir.resolve("news").toString()), docs::add, e -> errors.add(e.message()));
        Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, d -> d));

        assertThat(errors).isEmpty();
        assertThat(byId.get("a.txt").meta()).isEqualTo(new dyad.model.Metadata("Talks, at last", "Wire", null,
                "https://wire.example/a", null, "news"));
        assertThat(byId.get("b.html").meta()).as("the row's fields first, the page's where the row has none")
                .isEqualTo(new dyad.model.Metadata("Catalog title", "Page Wire", null, null, "en", "analysis"));
        assertThat(byId.get("b.html").date()).as("a row with no date leaves the page's").isEqualTo(EventDate.day(LocalDate.of(2022, 5, 4)));
        assertThat(byId.get("c.html").date()).as("a page's date beats a guess from its text")
                .isEqualTo(EventDate.day(LocalDate.of(2021, 1, 2)));
    }

    @Test
    void aFileGivenAloneFindsTheCatalogOfItsFolder() throws IOException {
        write("a.txt", "Talks resumed.");
        write("catalog.csv", "file,published,precision\na.txt,2024,year\n");

        assertThat(datesRead(null, dir.resolve("a.txt").toString())).containsEntry("a.txt", EventDate.year(2024));
    }

    @Test
    void theUsersOwnDatesListBeatsTheCatalogAndTheCatalogBeatsTheDateForAll() throws IOException {
        write("a.txt", "Talks resumed.");
        write("b.txt", "Talks resumed.");
        write("c.txt", "Talks resumed.");
        write("catalog.csv", "file,published,precision\na.txt,2024-05-06,day\nb.txt,2023,year\n");
        write("dates.tsv", "a.txt\t2020\n");

        DocumentDates given = DocumentDates.load(dir.resolve("dates.tsv"), EventDate.year(2001));
        Map<String, EventDate> dates = datesRead(given, dir.toString());

        assertThat(dates).containsEntry("a.txt", EventDate.year(2020)).containsEntry("b.txt", EventDate.year(2023))
                .containsEntry("c.txt", EventDate.year(2001));
    }

    @Test
    void badRowsAreNamedByCatalogAndLineAndTheOthersStillCount() throws IOException {
        write("a.txt", "Talks resumed.");
        write("b.txt", "Talks resumed.");
        write("catalog.csv", """
                file,published,precision
                a.txt,2024-02-30,day
                missing.txt,2024,year

                b.txt,2022-07-01,day
                """);

        Map<String, EventDate> dates = datesRead(null, dir.toString());

        String csv = dir.resolve("catalog.csv").toString();
        assertThat(errors).containsExactlyInAnyOrder(
                "cannot read '" + csv + "': line 2: published '2024-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD (with its precision)",
                "cannot read '" + csv + "': line 3: 'missing.txt' names no file");
        assertThat(dates).containsEntry("a.txt", EventDate.UNKNOWN).containsEntry("b.txt", EventDate.day(LocalDate.of(2022, 7, 1)));
    }

    @Test
    void aCatalogWithoutItsColumnsIsReportedOnceAndIgnored() throws IOException {
        write("a.txt", "Published: March 3, 2024\n\nTalks resumed.");
        write("catalog.csv", "name,date\na.txt,2020\n");

        Map<String, EventDate> dates = datesRead(null, dir.toString());

        assertThat(errors).containsExactly("cannot read '" + dir.resolve("catalog.csv") + "': line 1: no 'file' column");
        assertThat(dates).containsEntry("a.txt", EventDate.day(LocalDate.of(2024, 3, 3)));
    }
}
