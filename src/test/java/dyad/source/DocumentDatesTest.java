package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list of files with a date each: paths relative to the list, bad lines named, unread entries told. */
class DocumentDatesTest {

    @TempDir
    Path dir;

    private Path list(String text) throws IOException {
        return Files.writeString(dir.resolve("dates.tsv"), text);
    }

    @Test
    void listedFilesTakeTheirDateAndTheOthersTheDateForAll() throws IOException {
        DocumentDates dates = DocumentDates.load(list("""
                # wire stories without a year
                wire/a.txt\t2025-12-01
                ./wire/../b.txt\t2025
                %s\t2024-06
                """.formatted(dir.resolve("abs.md"))), EventDate.year(2019));

        assertThat(dates.listedDate(dir.resolve("wire/a.txt"))).isEqualTo(EventDate.day(LocalDate.of(2025, 12, 1)));
        assertThat(dates.listedDate(dir.resolve("b.txt"))).isEqualTo(EventDate.year(2025));
        assertThat(dates.listedDate(dir.resolve("other.txt"))).as("not listed").isNull();
        assertThat(dates.listedDate(null)).as("stdin").isNull();
        assertThat(dates.everyDocument()).as("the others").isEqualTo(EventDate.year(2019));
        assertThat(dates.unused()).containsExactly(
                "'" + dir.resolve("dates.tsv") + "' line 4: '" + dir.resolve("abs.md") + "' was not read (no such file among the inputs)");
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws IOException {
        Path bad = list("a.txt\t2025-12-01\nb.txt 2025\n");
        assertThatThrownBy(() -> DocumentDates.load(bad, null))
                .hasMessage("'" + bad + "' line 2: expected a path, a tab and a date: 'b.txt 2025'");
        Path badDate = list("a.txt\t2025-13\n");
        assertThatThrownBy(() -> DocumentDates.load(badDate, null))
                .hasMessage("'" + badDate + "' line 1: '2025-13' is not YYYY, YYYY-MM or YYYY-MM-DD");
        Path twice = list("a.txt\t2025\n./a.txt\t2024\n");
        assertThatThrownBy(() -> DocumentDates.load(twice, null))
                .hasMessage("'" + twice + "' line 2: './a.txt' is dated 2025 on line 1");
        assertThatThrownBy(() -> DocumentDates.load(dir.resolve("missing.tsv"), null))
                .hasMessageStartingWith("cannot read '" + dir.resolve("missing.tsv") + "'");
    }

    @Test
    void withoutAListEveryDocumentTakesTheOneDateOrNone() {
        DocumentDates every = DocumentDates.every(EventDate.year(2020));
        assertThat(every.listedDate(dir.resolve("x.txt"))).isNull();
        assertThat(every.everyDocument()).isEqualTo(EventDate.year(2020));
        assertThat(DocumentDates.every(null)).isSameAs(DocumentDates.NONE);
        assertThat(DocumentDates.NONE.everyDocument()).isNull();
        assertThat(DocumentDates.NONE.unused()).isEmpty();
    }
}
