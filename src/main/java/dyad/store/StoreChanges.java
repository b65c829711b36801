package dyad.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The store's version: a number that moves on whenever a write commits, so that whatever is
 * computed from the store (the web server's answers) can be kept until the store changes. Every
 * write made through this process moves it at once: the repository's writes and
 * {@link Repository#optimize()}, and whatever else writes to the store beside it (the letter
 * decision log) by calling {@link #changed()}. Where other processes may write too (PostgreSQL),
 * the version also follows a fingerprint of the store read at most once per
 * {@code probeMillis}, so their writes are seen within that time.
 */
public final class StoreChanges {

    private final AtomicLong version = new AtomicLong();
    private final LongSupplier fingerprint;
    private final long probeNanos;
    private volatile long probedAt;
    private volatile long lastFingerprint;

    private StoreChanges(LongSupplier fingerprint, long probeMillis) {
        this.fingerprint = fingerprint;
        this.probeNanos = probeMillis * 1_000_000;
        this.probedAt = System.nanoTime();
        this.lastFingerprint = fingerprint == null ? 0 : fingerprint.getAsLong();
    }

    /** Only this process writes (the embedded store): its own writes are all there is to follow. */
    public static StoreChanges local() {
        return new StoreChanges(null, 0);
    }

    /** Other processes may write: {@code fingerprint} (which changes when they do) is read at most once per {@code probeMillis}. */
    public static StoreChanges shared(LongSupplier fingerprint, long probeMillis) {
        return new StoreChanges(fingerprint, probeMillis);
    }

    /** The current version; equal versions mean nothing was written in between. */
    public long version() {
        if (fingerprint != null && System.nanoTime() - probedAt > probeNanos) {
            synchronized (this) {
                if (System.nanoTime() - probedAt > probeNanos) {
                    long now = fingerprint.getAsLong();
                    if (now != lastFingerprint) {
                        lastFingerprint = now;
                        version.incrementAndGet();
                    }
                    probedAt = System.nanoTime();
                }
            }
        }
        return version.get();
    }

    /** A write committed: what was computed from the store before is out of date. */
    public void changed() {
        version.incrementAndGet();
    }
}
