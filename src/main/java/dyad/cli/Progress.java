package dyad.cli;

/** Progress on stderr, only for runs long enough to need it (every 10 s). */
final class Progress {
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;

    void documentDone() {
        done++;
        long now = System.nanoTime();
        if (now - lastReport > 10_000_000_000L) {
            lastReport = now;
            System.err.printf("dyad: %d documents (%.1f/s)%n", done, done / ((now - start) / 1e9));
        }
    }

    void finish(int documents) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > 10) {
            System.err.printf("dyad: done, %d documents in %.0f s%n", documents, seconds);
        }
    }
}
