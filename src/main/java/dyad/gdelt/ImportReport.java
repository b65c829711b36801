package dyad.gdelt;

import dyad.source.IngestError;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What an import did: rows read, stored, already stored, skipped by reason, codes kept unread by
 * reason, files that could not be read. Each skipped row and unread code is one line naming file and
 * line ({@code events.csv line 12: skipped, bad date: SQLDATE '20141399'}), at most
 * {@link #LINES_PER_REASON} per file and reason, then how many more.
 */
public final class ImportReport {

    static final int LINES_PER_REASON = 10;

    private final Consumer<String> lines;
    private long read;
    private long stored;
    private long duplicates;
    private int files;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> kept = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private final Map<String, Integer> shownInFile = new HashMap<>();

    public ImportReport(Consumer<String> lines) {
        this.lines = lines;
    }

    public void startFile() {
        shownInFile.clear();
    }

    public void read() {
        read++;
    }

    /** Rows read all at once (a table loaded by the store itself). */
    public void read(long rows) {
        read += rows;
    }

    public void skipped(String file, int line, BadRow bad) {
        skipped.merge(bad.reason(), 1L, Long::sum);
        say(file, line, "skipped, " + bad.reason(), bad.getMessage());
    }

    public void kept(String file, int line, String reason, String detail) {
        kept.merge(reason, 1L, Long::sum);
        say(file, line, reason, detail);
    }

    private void say(String file, int line, String reason, String detail) {
        int shown = shownInFile.merge(reason, 1, Integer::sum);
        if (shown <= LINES_PER_REASON) {
            lines.accept(IngestError.shown(file) + " line " + line + ": " + reason + ": " + IngestError.shown(detail));
        } else if (shown == LINES_PER_REASON + 1) {
            lines.accept(IngestError.shown(file) + ": more rows " + reason + " (not shown; counted in the summary)");
        }
    }

    public void stored(long offered, long inserted) {
        stored += inserted;
        duplicates += offered - inserted;
        files++;
    }

    /** A file that could not be read or stored: nothing of it is stored. */
    public void failed(String file, String why) {
        failed.merge(file, 1L, Long::sum);
        lines.accept("cannot import '" + IngestError.shown(file) + "': " + why.replaceAll("\\R+", " "));
    }

    public long rowsRead() {
        return read;
    }

    public long rowsStored() {
        return stored;
    }

    public long rowsAlreadyStored() {
        return duplicates;
    }

    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> kept() {
        return Map.copyOf(kept);
    }

    public int filesFailed() {
        return failed.size();
    }

    /** One line: files, rows read, stored, already stored, skipped by reason, codes kept unread. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d file%s, %,d rows read: %,d imported, "
                        + "%,d already stored, %,d skipped", files, files == 1 ? "" : "s", read, stored, duplicates,
                rowsSkipped()));
        if (!skipped.isEmpty()) {
            s.append(" (").append(join(skipped)).append(")");
        }
        if (!kept.isEmpty()) {
            s.append("; imported with codes unread: ").append(join(kept));
        }
        if (!failed.isEmpty()) {
            s.append("; ").append(failed.size()).append(" file").append(failed.size() == 1 ? "" : "s")
                    .append(" not imported");
        }
        return s.toString();
    }

    private static String join(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((why, n) -> s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", n, why)));
        return s.toString();
    }
}
