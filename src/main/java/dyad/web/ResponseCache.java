package dyad.web;

import dyad.store.StoreChanges;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server answered, kept until the store changes, and conditional GETs for every route.
 * Installed once, around every GET route by {@link RouteTable}.
 *
 * <p>An answer of 200 is kept under its host, path and query (and today's date, since letters count
 * days), with the store's version ({@link StoreChanges}) when its computation began: it is served
 * again while the version is the same, so a page, feed or API answer costs the store nothing until
 * an ingest, a letter mark or any other write moves the version on. Routes that read something the
 * store's version does not follow (the search index, rebuilt by another process) are never kept.
 *
 * <p>Every 200 carries a strong {@code ETag} (a digest of the body); a request whose
 * {@code If-None-Match} names it is answered 304 without a body.
 */
final class ResponseCache {

    /** Answers larger than this are computed every time rather than kept. */
    static final int MAX_ENTRY_BYTES = 1 << 20;
    /** All kept answers together, and how many; past either, everything kept is dropped and kept anew. */
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long version, String etag, byte[] body, Map<String, String> headers) {
    }

    private final StoreChanges changes;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    ResponseCache(StoreChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** {@code handler} with its answers kept until the store changes, and conditional GETs answered. */
    Handler kept(Handler handler) {
        return ctx -> {
            String key = key(ctx);
            long version = changes.version();
            Entry entry = entries.get(key);
            if (entry == null || entry.version() != version) {
                handler.handle(ctx);
                entry = capture(ctx, version);
                if (entry == null) {
                    return;
                }
                keep(key, entry);
            } else {
                entry.headers().forEach(ctx::header);
            }
            answer(ctx, entry);
        };
    }

    /** {@code handler} computed every time, with conditional GETs answered. */
    Handler live(Handler handler) {
        return ctx -> {
            handler.handle(ctx);
            Entry entry = capture(ctx, -1);
            if (entry != null) {
                answer(ctx, entry);
            }
        };
    }

    private String key(Context ctx) {
        String query = ctx.queryString();
        return LocalDate.now(clock) + " " + ctx.scheme() + "://" + ctx.host() + ctx.path() + (query == null ? "" : "?" + query);
    }

    /** The handler's 200 answer with its headers and digest; null for any other status (left as it is). */
    private static Entry capture(Context ctx, long version) {
        if (ctx.status() != HttpStatus.OK) {
            return null;
        }
        byte[] body;
        try (InputStream in = ctx.resultInputStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer to " + ctx.path(), e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ctx.res().getHeaderNames()) {
            headers.put(name, ctx.res().getHeader(name));
        }
        String type = ctx.res().getContentType();
        if (type != null) {
            headers.put("Content-Type", type);
        }
        return new Entry(version, etag(body), body, Map.copyOf(headers));
    }

    private void keep(String key, Entry entry) {
        if (entry.body().length > MAX_ENTRY_BYTES) {
            return;
        }
        if (bytes.addAndGet(entry.body().length) > MAX_BYTES || entries.size() >= MAX_ENTRIES) {
            entries.clear();
            bytes.set(entry.body().length);
        }
        Entry old = entries.put(key, entry);
        if (old != null) {
            bytes.addAndGet(-old.body().length);
        }
    }

    private static void answer(Context ctx, Entry entry) {
        ctx.header("ETag", entry.etag());
        if (matches(ctx.header("If-None-Match"), entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
            return;
        }
        ctx.status(HttpStatus.OK).result(entry.body());
    }

    /** Whether an {@code If-None-Match} list names this tag (or is {@code *}); weak tags compare by their value. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: the first 128 bits of the body's SHA-256, base64url. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
