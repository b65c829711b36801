package dyad.source.feed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Politeness: the starts of two requests to one host are at least {@code delay} apart. */
final class HostPacing {

    private final long delayNanos;
    private final Map<String, Long> next = new HashMap<>();

    HostPacing(java.time.Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits until {@code host} may be asked again, and counts this request as its latest. */
    void await(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (next) {
            long now = System.nanoTime();
            long at = Math.max(now, next.getOrDefault(key, now));
            next.put(key, at + delayNanos);
            wait = at - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
