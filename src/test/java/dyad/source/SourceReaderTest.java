package dyad.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Document;
import dyad.model.EventDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private Path letters;

    @BeforeEach
    void writeAFolderOfLetters() throws IOException {
        letters = dir.resolve("letters");
        write("letters/b-open-letter.txt", "January 8, 2026\n\nDear Minister,\n\nWe write in alarm.");
        write("letters/notes/reply.md", "# Reply\n\nThe minister **answered**.");
        write("letters/notes/page.html", "<nav>Menu</nav><p>Talks resume.</p><script>x()</script>");
        write("letters/a.markdown", "Posted on March 3, 2024\n\nA short note.");
        write("letters/.draft.txt", "hidden draft");
        write("letters/.git/HEAD.txt", "hidden folder");
        write("letters/scan.pdf", "not a text source");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private void read(SourceReader reader, String... args) {
        reader.read(List.of(args), documents::add, error -> errors.add(error.message()));
    }

    private void read(String... args) {
        read(new SourceReader(null), args);
    }

    private List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }

    @Test
    void readsAFolderRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() {
        read(letters.toString());
        assertThat(errors).isEmpty();
        assertThat(ids()).containsExactly("a.markdown", "b-open-letter.txt", "notes/page.html", "notes/reply.md");
    }

    @Test
    void keepsTextExactlyAsDecodedButExtractsTheTextOfHtml() {
        read(letters.toString());
        assertThat(documents.get(3).text()).isEqualTo("# Reply\n\nThe minister **answered**.");
        assertThat(documents.get(2).text()).isEqualTo("Talks resume.");
    }

    @Test
    void datesEachDocumentFromItsOwnText() {
        read(letters.toString());
        assertThat(documents).extracting(Document::date).containsExactly(
                EventDate.day(LocalDate.of(2024, 3, 3)),
                EventDate.day(LocalDate.of(2026, 1, 8)),
                EventDate.UNKNOWN,
                EventDate.UNKNOWN);
    }

    @Test
    void aGivenDateOverridesTheFoundOne() {
        EventDate given = EventDate.year(2020);
        read(new SourceReader(DocumentDates.every(given)), letters.toString());
        assertThat(documents).extracting(Document::date).containsOnly(given);
    }

    @Test
    void aDatesListDatesTheFilesItNamesAndTheTextsDateTheRest() throws IOException {
        Path list = write("dates.tsv", "letters/notes/reply.md\t2026-02\n");
        read(new SourceReader(DocumentDates.load(list, null)), letters.toString());
        assertThat(documents).extracting(Document::date).containsExactly(
                EventDate.day(LocalDate.of(2024, 3, 3)),
                EventDate.day(LocalDate.of(2026, 1, 8)),
                EventDate.UNKNOWN,
                new EventDate("2026-02", dyad.model.Precision.MONTH));
    }

    @Test
    void followsALinkedFolderAndSurvivesALinkLoop() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("linked"), letters);
        Files.createSymbolicLink(letters.resolve("notes/loop"), letters);
        read(link.toString());
        assertThat(errors).isEmpty();
        assertThat(ids()).containsExactly("a.markdown", "b-open-letter.txt", "notes/page.html", "notes/reply.md");
    }

    @Test
    void aFileGivenDirectlyIsNamedByItsFileName() {
        read(letters.resolve("notes/page.html").toString(), letters.resolve("b-open-letter.txt").toString());
        assertThat(ids()).containsExactly("page.html", "b-open-letter.txt");
        assertThat(documents.get(0).text()).isEqualTo("Talks resume.");
    }

    @Test
    void reportsAMissingPathAndGoesOn() {
        String missing = dir.resolve("nowhere.txt").toString();
        read(missing, letters.resolve("a.markdown").toString());
        assertThat(errors).containsExactly("cannot read '" + missing + "': no such file or directory");
        assertThat(ids()).containsExactly("a.markdown");
    }

    @Test
    void aLinkLoopOrALinkToNothingNamedDirectlyIsSaidAsSuch() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Path ping = dir.resolve("ping.txt");
        Path pong = Files.createSymbolicLink(dir.resolve("pong.txt"), ping);
        Files.createSymbolicLink(ping, pong);
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("never-there.txt"));
        read(loop.toString(), ping.toString(), dangling.toString(), letters.resolve("a.markdown").toString());
        assertThat(errors).containsExactly(
                "cannot read '" + loop + "': a loop of symbolic links",
                "cannot read '" + ping + "': a loop of symbolic links",
                "cannot read '" + dangling + "': a symbolic link to a missing file");
        assertThat(ids()).containsExactly("a.markdown");
    }

    @Test
    void aFileNamedWithALineBreakIsReportedOnOneLine() throws IOException {
        Path blank = write("two\nlines.txt", " ");
        read(blank.toString(), dir.resolve("not\nthere\t.txt").toString());
        assertThat(errors).containsExactly(
                "cannot read '" + dir + "/two\\nlines.txt': empty file",
                "cannot read '" + dir + "/not\\nthere\\t.txt': no such file or directory");
        assertThat(errors).allSatisfy(e -> assertThat(e).doesNotContain("\n", "\t"));
    }

    @Test
    void reportsAFolderWithoutTexts() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path onlyOthers = dir.resolve("scans");
        write("scans/a.pdf", "x");
        write("scans/.hidden.txt", "x");
        read(empty.toString(), onlyOthers.toString());
        assertThat(errors).containsExactly(
                "cannot read '" + empty + "': no .txt, .md or .html files in folder",
                "cannot read '" + onlyOthers + "': no .txt, .md or .html files in folder");
        assertThat(documents).isEmpty();
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheOthersAreStillRead() throws IOException {
        Files.write(letters.resolve("c-latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '.'});
        write("letters/d-blank.md", "  \n\n");
        write("letters/notes/e-empty.html", "<script>only()</script>");
        read(letters.toString());
        assertThat(errors).containsExactly(
                "cannot read '" + letters.resolve("c-latin1.txt") + "': not UTF-8 at byte 3",
                "cannot read '" + letters.resolve("d-blank.md") + "': empty file",
                "cannot read '" + letters.resolve("notes/e-empty.html") + "': no text in HTML");
        assertThat(ids()).containsExactly("a.markdown", "b-open-letter.txt", "notes/page.html", "notes/reply.md");
    }

    @Test
    void refusesATextLongerThanTheLimitAfterHtmlExtraction() throws IOException {
        Path page = write("long.html", "<p>" + "x".repeat(20) + "</p>" + "<script>" + "y".repeat(100) + "</script>");
        Path text = write("long.txt", "x".repeat(21));
        SourceReader reader = new SourceReader(new TextDecoder(), new DocumentDater(), null, InputStream.nullInputStream(), 20);
        read(reader, page.toString(), text.toString());
        assertThat(ids()).containsExactly("long.html");
        assertThat(errors).containsExactly("cannot read '" + text + "': text too long (21 characters > 20 limit)");
    }

    @Test
    void anEmptyArgumentIsAMissingPathNotTheWorkingDirectory() {
        read("", letters.resolve("a.markdown").toString());
        assertThat(errors).containsExactly("cannot read '': no such file or directory");
        assertThat(ids()).containsExactly("a.markdown");
    }

    @Test
    void readsStdinAsADocumentNamedStdin() {
        read(readerWithStdin("Canada restored ties."), "-");
        assertThat(documents).containsExactly(new Document("stdin", "Canada restored ties.", EventDate.UNKNOWN));
    }

    @Test
    void recognisesHtmlOnStdinByItsStart() {
        read(readerWithStdin("<!DOCTYPE html><html><body><nav>Menu</nav><p>Talks resume.</p></body></html>"), "-");
        assertThat(documents).extracting(Document::text).containsExactly("Talks resume.");
    }

    @Test
    void reportsEmptyStdin() {
        read(readerWithStdin(""), "-");
        assertThat(errors).containsExactly("cannot read 'stdin': empty file");
    }

    private static SourceReader readerWithStdin(String input) {
        InputStream stdin = new ByteArrayInputStream(input.getBytes(UTF_8));
        return new SourceReader(new TextDecoder(), new DocumentDater(), null, stdin);
    }
}
