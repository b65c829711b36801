package dyad.cli;

import dyad.model.Json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Extraction;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad extract` on good and bad input: what reaches stdout and stderr, and the exit code. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private Path good;

    @BeforeEach
    void writeAGoodLetter() throws IOException {
        good = write("good.txt", "January 8, 2026\n\nDear Minister, we urge Canada to restore ties.");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Cli.Run extract(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.run(all);
    }

    private static List<String> docs(Cli.Run run) {
        return run.outLines().stream().map(ExtractCommandTest::json).map(n -> n.get("doc").asText()).toList();
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per problem, each "dyad: …", and never a stack trace. */
    private static void assertUserErrorsOnly(Cli.Run run) {
        assertThat(run.errLines()).allSatisfy(line -> assertThat(line).startsWith("dyad: "));
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "Caused by");
    }

    // ---- good input ------------------------------------------------------------------------

    @Test
    void printsOneJsonLinePerRecordAndExitsZero() throws IOException {
        write("letters/b.md", "# Reply\n\nThe minister answered.");
        write("letters/a.html", "<p>Talks resume.</p>");
        Cli.Run run = extract(dir.resolve("letters").toString(), good.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(docs(run)).containsExactly("a.html", "b.md", "good.txt");
        JsonNode first = json(run.outLines().get(0));
        assertThat(first.get("kind").asText()).isEqualTo("relation");
        // HTML offsets point into the extracted text, not into the markup.
        assertThat(first.at("/evidence/text").asText()).isEqualTo("Talks resume");
        assertThat(json(run.outLines().get(2)).at("/date/value").asText()).isEqualTo("2026-01-08");
    }

    @Test
    void aDocumentsNotesGoToStderrNotAmongTheRecords() {
        Cli noting = Cli.withNotes(doc -> new Extraction(Cli.echo(doc), List.of("the sentence at characters 0-9 was cut")));

        Cli.Run run = noting.run("extract", good.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly("dyad: 'good.txt': the sentence at characters 0-9 was cut");
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(json(line).get("kind").asText())
                .isEqualTo("relation"));
    }

    @Test
    void aGivenDocumentDateReplacesTheFoundOne() {
        Cli.Run run = extract("--doc-date", "2019-01", good.toString());
        assertThat(run.exit()).isZero();
        assertThat(json(run.out().strip()).get("date").toString()).isEqualTo("{\"value\":\"2019-01\",\"precision\":\"month\"}");
    }

    @Test
    void aDatesListDatesTheFilesItNamesAndSaysWhichItNeverRead() throws IOException {
        Path list = write("dates.tsv", "good.txt\t2019-01\nmisspelt.txt\t2020\n");
        Cli.Run run = extract("--doc-dates", list.toString(), good.toString());
        assertThat(run.exit()).isZero();
        assertThat(json(run.out().strip()).get("date").toString()).isEqualTo("{\"value\":\"2019-01\",\"precision\":\"month\"}");
        assertThat(run.errLines()).containsExactly("dyad: --doc-dates '" + list + "' line 2: 'misspelt.txt' was not read"
                + " (no such file among the inputs)");
    }

    @Test
    void aBadDatesListIsAUsageErrorNamingItsLine() throws IOException {
        Path list = write("dates.tsv", "good.txt\tsoon\n");
        Cli.Run run = extract("--doc-dates", list.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first().asString().startsWith(
                "dyad: --doc-dates '" + list + "' line 1: 'soon' is not YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void readsStdinAsADocumentNamedStdin() {
        Cli.Run run = cli.stdin("Canada and Venezuela restored ties.".getBytes(UTF_8)).run("extract", "-");
        assertThat(run.exit()).isZero();
        assertThat(docs(run)).containsExactly("stdin");
        assertThat(json(run.out().strip()).at("/evidence/text").asText()).isEqualTo("Canada and V");
    }

    @Test
    void malformedHtmlIsRepairedNotRefused() throws IOException {
        write("broken.html", "<html><body><p>Ottawa <b>recalled</i> its <div>envoy.</p></table><li>Unclosed");
        Cli.Run run = extract(dir.resolve("broken.html").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(json(run.out().strip()).at("/evidence/text").asText()).isEqualTo("Ottawa recal");
    }

    // ---- bad input: reported in one line naming the file, the others still processed -----

    @Test
    void aMissingPathIsReportedAndTheOtherFilesStillExtracted() {
        String missing = dir.resolve("nowhere.txt").toString();
        Cli.Run run = extract(missing, good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot read '" + missing + "': no such file or directory");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void aPathWithALineBreakOrALinkLoopIsReportedOnOneLineAsWhatItIs() throws Exception {
        java.nio.file.Path newline = java.nio.file.Files.writeString(dir.resolve("two\nlines.txt"), "");
        java.nio.file.Path loop = java.nio.file.Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Cli.Run run = extract(newline.toString(), loop.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dyad: cannot read '" + dir + "/two\\nlines.txt': empty file",
                "dyad: cannot read '" + loop + "': a loop of symbolic links");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void anEmptyPathIsMissingNotTheWorkingDirectory() {
        Cli.Run run = extract("", good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot read '': no such file or directory");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void aFolderWithoutTextsIsReported() throws IOException {
        Path scans = Files.createDirectories(dir.resolve("scans"));
        Files.writeString(scans.resolve("letter.pdf"), "%PDF-1.7");
        Cli.Run run = extract(scans.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot read '" + scans + "': no .txt, .md or .html files in folder");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void eachKindOfUnreadableFileGetsItsReason() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.md", " \n\n\t");
        Path binary = writeBytes("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Path latin1 = writeBytes("latin1.txt", "Nicolás Maduro".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path utf16 = writeBytes("utf16.txt", "\uFEFFHi".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path noText = write("furniture.html", "<nav>Menu</nav><script>track()</script>");
        Cli.Run run = extract(empty.toString(), blank.toString(), binary.toString(), good.toString(),
                latin1.toString(), utf16.toString(), noText.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dyad: cannot read '" + empty + "': empty file",
                "dyad: cannot read '" + blank + "': empty file",
                "dyad: cannot read '" + binary + "': binary file",
                "dyad: cannot read '" + latin1 + "': not UTF-8 at byte 5",
                "dyad: cannot read '" + utf16 + "': not UTF-8 at byte 0 (UTF-16 byte order mark)",
                "dyad: cannot read '" + noText + "': no text in HTML");
        assertThat(docs(run)).containsExactly("good.txt");
        assertUserErrorsOnly(run);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedFromItsSizeWithoutBeingRead() throws IOException {
        Path dump = dir.resolve("dump.txt");
        try (RandomAccessFile raf = new RandomAccessFile(dump.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: no disk, and refused before a byte is read
        }
        Cli.Run run = extract(dump.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot read '" + dump + "': file too large (50 MB > 10 MB limit)");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void aTextTooLongToAnalyseIsRefusedBeforeExtraction() throws IOException {
        // 2.1 million characters: under the file size limit, over what the NLP stage can hold.
        Path book = write("book.txt", "Canada restored ties. ".repeat(100_000));
        Cli.Run run = extract(book.toString(), good.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly("dyad: cannot read '" + book + "': text too long (2,200,000 characters > 2,000,000 limit)");
        assertThat(docs(run)).containsExactly("good.txt");
    }

    @Test
    void aDocumentWhoseExtractionFailsIsReportedAndTheOthersGoOn() throws IOException {
        write("in/a.txt", "Canada restored ties.");
        write("in/b.txt", "This one breaks\nthe extractor.");
        write("in/c.txt", "Venezuela answered.");
        Cli failing = new Cli(doc -> {
            if (doc.id().equals("b.txt")) {
                throw new IllegalStateException("no parse for\nsentence 2");
            }
            return Cli.echo(doc);
        });
        Cli.Run run = failing.run("extract", "--threads", "2", dir.resolve("in").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot extract 'b.txt': IllegalStateException: no parse for sentence 2");
        assertThat(docs(run)).containsExactly("a.txt", "c.txt");
    }

    @Test
    void theModelsAreNotLoadedWhenNoFileCanBeRead() throws IOException {
        Path empty = write("empty.txt", "");
        Cli.Run run = extract(empty.toString(), dir.resolve("missing.md").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.out()).isEmpty();
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void theModelsAreLoadedOncePerRun() throws IOException {
        write("in/a.txt", "One.");
        write("in/b.txt", "Two.");
        write("in/c.txt", "Three.");
        assertThat(extract("--threads", "3", dir.resolve("in").toString()).exit()).isZero();
        assertThat(cli.loads).hasValue(1);
    }

    // ---- usage errors: exit 2, one line, nothing extracted ---------------------------------

    @Test
    void aBadDocumentDateIsAUsageError() {
        for (String date : List.of("2026-13", "8 January 2026", "2026-02-30", "")) {
            Cli.Run run = extract("--doc-date", date, good.toString());
            assertThat(run.exit()).as(date).isEqualTo(2);
            assertThat(run.errLines()).as(date).containsExactly("dyad: Invalid value for option '--doc-date': '" + date
                    + "' is not YYYY, YYYY-MM or YYYY-MM-DD (see 'dyad extract --help')");
            assertThat(run.out()).isEmpty();
        }
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Run run = extract("--bogus", good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: Unknown option: '--bogus' (see 'dyad extract --help')");
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void noPathIsAUsageError() {
        Cli.Run run = cli.run("extract");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: Missing required parameter: 'PATH' (see 'dyad extract --help')");
    }

    @Test
    void threadsMustBePositive() {
        for (String threads : List.of("0", "-3")) {
            Cli.Run run = extract("--threads", threads, good.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.errLines()).containsExactly(
                    "dyad: --threads must be at least 1: " + threads + " (see 'dyad extract --help')");
        }
        Cli.Run run = extract("--threads", "many", good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("dyad: Invalid value for option '--threads'");
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void helpGoesToStdoutAndExitsZero() {
        Cli.Run run = cli.run("extract", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: dyad extract", "--doc-date=DATE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noCommandPrintsUsageAsAUsageError() {
        Cli.Run run = cli.run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: dyad", "extract", "eval");
    }
}
