package dyad.export;

import dyad.store.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code dyad export} and {@code /api/export}: the stored records a filter takes, in one format,
 * streamed to a writer as they are read. GDELT, PLOVER and FtM carry events; CSV one kind of record
 * a run (events unless asked otherwise).
 */
public final class Exports {

    private final CameoCodes codes = CameoCodes.load();

    /** What to export: the format, one kind (CSV) or null for the format's own, a pair and a period (each may be null). */
    public record Request(ExportFormat format, String kind, List<String> pair, LocalDate from, LocalDate to) {
        public Request {
            if (format == null) {
                throw new IllegalArgumentException("an export needs a format");
            }
            if (kind != null && !ExportFilter.KINDS.contains(kind)) {
                throw new IllegalArgumentException("--kind must be one of event, quote, letter, relation: '" + kind + "'");
            }
            if (kind != null && format != ExportFormat.CSV && !kind.equals("event")) {
                throw new IllegalArgumentException("--kind " + kind + ": the " + format.name().toLowerCase(java.util.Locale.ROOT)
                        + " format carries events only (csv carries every kind)");
            }
        }
    }

    /**
     * @return how many records were written
     * @throws IllegalArgumentException if the request is not one this can answer (before anything is written)
     */
    public long write(Repository repository, Request request, Writer out) {
        String kind = request.kind() == null ? "event" : request.kind();
        ExportFilter filter = new ExportFilter(request.pair(), request.from(), request.to(), Set.of(kind));
        try (RecordWriter writer = request.format().writer(out, kind, codes)) {
            long[] count = {0};
            StoreRecords.each(repository, filter, e -> {
                try {
                    writer.write(e);
                    count[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }
}
