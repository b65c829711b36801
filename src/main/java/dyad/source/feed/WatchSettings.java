package dyad.source.feed;

import dyad.source.TextDecoder;
import java.time.Duration;
import java.util.Locale;

/**
 * How {@code dyad watch} treats the hosts it reads: the pause between two requests to one host, how
 * long a request may take (connecting, waiting and reading the body), the largest body read, and how
 * many redirects are followed. Invalid values fail fast, naming the setting and its range.
 *
 * @param delay        pause between the starts of two requests to the same host (0 to 1 hour)
 * @param timeout      the longest a request may take, body included (over 0, at most 10 minutes)
 * @param maxBytes     the largest feed or page read; a larger one is refused while it is read
 * @param maxRedirects redirects followed per request (0 to 20)
 */
public record WatchSettings(Duration delay, Duration timeout, long maxBytes, int maxRedirects) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public WatchSettings {
        if (delay == null || delay.isNegative() || delay.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--delay must be between 0 and 3600 seconds: " + seconds(delay));
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("--timeout must be over 0 and at most 600 seconds: " + seconds(timeout));
        }
        if (maxBytes < 1 || maxBytes > TextDecoder.MAX_MAX_BYTES) {
            throw new IllegalArgumentException("the size limit must be between 1 and " + TextDecoder.MAX_MAX_BYTES
                    + " bytes: " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("redirects followed must be between 0 and 20: " + maxRedirects);
        }
    }

    /** A polite second between requests to a host, 30 s per request, the 10 MB limit of files, 5 redirects. */
    public static WatchSettings defaults() {
        return new WatchSettings(DEFAULT_DELAY, DEFAULT_TIMEOUT, TextDecoder.DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS);
    }

    /** The same, with another delay and timeout (the options of {@code dyad watch}). */
    public static WatchSettings of(Duration delay, Duration timeout) {
        return new WatchSettings(delay, timeout, TextDecoder.DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS);
    }

    /** "2 s", "1.5 s", "250 ms": a duration as a message shows it. */
    static String shown(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        String s = String.format(Locale.ROOT, "%.1f", ms / 1000.0);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " s";
    }

    private static String seconds(Duration d) {
        return d == null ? "none" : String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0).replaceAll("\\.?0+$", "");
    }
}
