package dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress on stderr, only for runs long enough to need it (every 10 s). */
final class Progress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;

    Progress(PrintWriter err) {
        this.err = err;
    }

    void documentDone() {
        done++;
        long now = System.nanoTime();
        if (now - lastReport > 10_000_000_000L) {
            lastReport = now;
            err.printf(Locale.ROOT, "dyad: %d document%s (%.1f/s)%n", done, done == 1 ? "" : "s",
                    done / ((now - start) / 1e9));
            err.flush();
        }
    }

    void finish(int documents) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > 10) {
            err.printf(Locale.ROOT, "dyad: done, %d document%s in %.0f s%n", documents, documents == 1 ? "" : "s", seconds);
            err.flush();
        }
    }
}
