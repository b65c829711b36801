package dyad.cli;

import dyad.export.ExportFormat;
import dyad.export.Exports;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.Stores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored records: gdelt (the 61 columns of a GDELT 2.0 event row), plover (PLOVER JSON Lines), "
                + "ftm (FollowTheMoney entities, JSON Lines) or csv (one kind of record, with a header). docs/export.md."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gdelt, plover, ftm or csv.")
    String format;

    @Option(names = "--kind", paramLabel = "KIND", description = "csv only: event (default), quote, letter or relation.")
    String kind;

    @Option(names = "--dyad", arity = "2", paramLabel = "ISO3", description = "Only records about this pair of states, e.g. --dyad CAN VEN.")
    List<String> pair;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Day.class, description = "First day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Day.class, description = "Last day (inclusive).")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the export is whole) instead of stdout.")
    Path outFile;

    /** A day as the options take it, checked while the command line is read. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }

    @Override
    public Integer call() {
        Exports.Request request;
        try {
            request = new Exports.Request(ExportFormat.parse(format), kind,
                    pair == null ? null : pair.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), from, to);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long written;
        try (Repository repository = Stores.open(store.location())) {
            written = outFile == null ? export(repository, request, spec.commandLine().getOut()) : toFile(repository, request);
        } catch (StoreException | UncheckedIOException e) {
            throw new UserError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "dyad: exported %d record%s%n", written, written == 1 ? "" : "s");
        return 0;
    }

    private static long export(Repository repository, Exports.Request request, Writer out) {
        long n = new Exports().write(repository, request, out);
        if (out instanceof PrintWriter p) {
            p.flush();
        }
        return n;
    }

    /** Into a file beside the target, moved over it when whole: a failed export never leaves half a file. */
    private long toFile(Repository repository, Exports.Request request) {
        Path target = outFile.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                long n;
                try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    n = export(repository, request, w);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return n;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--out " + outFile + ": " + e.getMessage(), e);
        }
    }
}
