package dyad.cli;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Span;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Runs the `dyad` command line in-process with a stub extractor, capturing what it prints:
 * the commands' parsing, error handling and exit codes, without CoreNLP.
 */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** How many times the commands asked for the extractor (loading the models, in production). */
    final AtomicInteger loads = new AtomicInteger();

    private final Function<Document, Extraction> extractor;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);

    Cli(Function<Document, List<Record>> extractor) {
        this.extractor = doc -> Extraction.of(extractor.apply(doc));
    }

    private Cli(Function<Document, Extraction> extractor, boolean withNotes) {
        this.extractor = extractor;
    }

    /** A stub extractor that may also give notes on a document. */
    static Cli withNotes(Function<Document, Extraction> extractor) {
        return new Cli(extractor, true);
    }

    /** A stub that gives one record per document, echoing its id, date and first characters. */
    Cli() {
        this(Cli::echo);
    }

    Cli stdin(byte[] bytes) {
        stdin = new ByteArrayInputStream(bytes);
        return this;
    }

    Run run(String... args) {
        CommandLine cl = Main.commandLine(() -> {
            loads.incrementAndGet();
            return extractor;
        }, stdin);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** One relation per document: its evidence is the document's first (up to) 12 characters. */
    static List<Record> echo(Document doc) {
        Span evidence = Span.of(doc.text(), 0, Math.min(12, doc.text().length()));
        return List.of(new Relation(doc.id(), List.of("CAN", "VEN"), Relation.DIPLOMATIC_LEVEL, "none", doc.date(), evidence));
    }
}
