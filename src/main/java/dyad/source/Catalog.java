package dyad.source;

import dyad.model.EventDate;
import dyad.model.Metadata;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A folder's {@code catalog.csv}: publication metadata for the plain-text files beside it, which
 * carry none of their own (shared/corpus/README.md). Columns {@code file,published,precision,
 * publisher,genre,title}, and optionally {@code url}, {@code author} and {@code language};
 * {@code file} is relative to the catalog's folder. A row naming no file,
 * or with a date that cannot be read, is reported with the catalog's path and line and left out;
 * the other rows still count.
 */
public final class Catalog {

    public static final String FILE_NAME = "catalog.csv";

    /** What a catalog row says of one file; {@code published} is UNKNOWN when the row gives none. */
    public record Entry(EventDate published, Metadata meta) {
    }

    public static final Catalog EMPTY = new Catalog(Map.of());

    private static final List<String> REQUIRED = List.of("file", "published");

    private final Map<Path, Entry> byFile;

    private Catalog(Map<Path, Entry> byFile) {
        this.byFile = byFile;
    }

    /** The catalog in {@code folder}, or {@link #EMPTY} when it has none; problems go to {@code onError}. */
    public static Catalog in(Path folder, Consumer<IngestError> onError) {
        Path csv = folder.resolve(FILE_NAME);
        return Files.isRegularFile(csv) ? read(csv, onError) : EMPTY;
    }

    static Catalog read(Path csv, Consumer<IngestError> onError) {
        Path base = csv.toAbsolutePath().normalize().getParent();
        Map<Path, Entry> byFile = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = lowerCased(parser.getHeaderMap());
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    onError.accept(new IngestError(csv.toString(), "line 1: no '" + column + "' column"));
                    return EMPTY;
                }
            }
            for (CSVRecord row : parser) {
                String where = "line " + parser.getCurrentLineNumber();
                String file = cell(row, header, "file");
                if (file.isEmpty()) {
                    onError.accept(new IngestError(csv.toString(), where + ": no file named"));
                    continue;
                }
                Path path = base.resolve(file).normalize();
                if (!Files.isRegularFile(path)) {
                    onError.accept(new IngestError(csv.toString(), where + ": '" + file + "' names no file"));
                    continue;
                }
                Optional<EventDate> published = date(cell(row, header, "published"), cell(row, header, "precision"));
                if (published.isEmpty()) {
                    onError.accept(new IngestError(csv.toString(), where + ": published '" + cell(row, header, "published")
                            + "' is not YYYY, YYYY-MM or YYYY-MM-DD (with its precision)"));
                }
                byFile.put(path, new Entry(published.orElse(EventDate.UNKNOWN), new Metadata(cell(row, header, "title"),
                        cell(row, header, "publisher"), cell(row, header, "author"), cell(row, header, "url"),
                        cell(row, header, "language"), cell(row, header, "genre"))));
            }
        } catch (IOException | RuntimeException e) {
            onError.accept(new IngestError(csv.toString(), "unreadable catalog: " + e.getMessage()));
            return EMPTY;
        }
        return new Catalog(byFile);
    }

    /** What the catalog says of this file, if it names it. */
    public Optional<Entry> entry(Path file) {
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }

    /** An empty date is no date (UNKNOWN); a date coarser than its stated precision is cut to it. */
    private static Optional<EventDate> date(String value, String precision) {
        if (value.isEmpty()) {
            return Optional.of(EventDate.UNKNOWN);
        }
        try {
            EventDate d = DocumentDater.parseUserDate(value);
            return Optional.of(switch (precision.toLowerCase(Locale.ROOT)) {
                case "month" -> d.value().length() > 7 ? EventDate.month(YearMonth.parse(d.value().substring(0, 7))) : d;
                case "year" -> EventDate.year(d.yearValue());
                default -> d;
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String cell(CSVRecord row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private static Map<String, Integer> lowerCased(Map<String, Integer> header) {
        Map<String, Integer> out = new HashMap<>();
        header.forEach((k, v) -> out.put(k.strip().toLowerCase(Locale.ROOT), v));
        return out;
    }
}
