package dyad.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a run tells its user as it goes, one line each: a source or document that failed, a note on
 * a document, and progress for runs long enough to need it (every 10 s, and a last line).
 */
public final class RunReport {

    private static final long EVERY = 10_000_000_000L;

    private final Consumer<String> lines;
    private final long start = System.nanoTime();
    private long lastProgress = start;
    private int done;

    /** @param lines takes each line, without a prefix */
    public RunReport(Consumer<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("a consumer of report lines is required");
        }
        this.lines = lines;
    }

    /** Lines on {@code err} as {@code dyad: …}, flushed. */
    public static RunReport printing(PrintWriter err) {
        return new RunReport(line -> {
            err.println("dyad: " + line);
            err.flush();
        });
    }

    public void line(String line) {
        lines.accept(line);
    }

    public void documentDone() {
        done++;
        long now = System.nanoTime();
        if (now - lastProgress > EVERY) {
            lastProgress = now;
            line(String.format(Locale.ROOT, "%d document%s (%.1f/s)", done, done == 1 ? "" : "s", done / ((now - start) / 1e9)));
        }
    }

    public void finish() {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > EVERY / 1e9) {
            line(String.format(Locale.ROOT, "done, %d document%s in %.0f s", done, done == 1 ? "" : "s", seconds));
        }
    }
}
