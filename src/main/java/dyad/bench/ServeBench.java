package dyad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times a running server over HTTP ({@code java.net.http}): for each endpoint in turn, a warm-up,
 * then {@code requests} GETs sent by {@code concurrency} clients at once, each sending its next
 * request when the last one is answered. Per endpoint: requests per second over the wall time,
 * latency percentiles, and how many answers were not 200 (or, for a conditional round, not 304).
 * A conditional round repeats a request with the ETag of its first answer in {@code If-None-Match}.
 */
public final class ServeBench {

    /** A path to request; {@code conditional}: send the first answer's ETag back every time. */
    public record Endpoint(String name, String path, boolean conditional) {
        public static Endpoint plain(String name, String path) {
            return new Endpoint(name, path, false);
        }
    }

    /**
     * One endpoint's figures. {@code firstMillis}: the endpoint's very first request, alone, before
     * the warm-up (what the first reader after a write waits, the server's kept answers being out of
     * date then); {@code failed}: answers other than the expected status, or errors.
     */
    public record Latency(String name, String path, double firstMillis, int requests, double requestsPerSecond,
                          double p50Millis, double p95Millis, double p99Millis, int failed) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Runs every endpoint against the server at {@code base} (e.g. {@code http://127.0.0.1:7700}). */
    public List<Latency> run(URI base, List<Endpoint> endpoints, int concurrency, int requests, PrintStream log) {
        if (concurrency < 1 || requests < 1) {
            throw new IllegalArgumentException("concurrency and requests must be at least 1");
        }
        List<Latency> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (Endpoint e : endpoints) {
                log.println("bench serve: " + e.name() + " (" + e.path() + ")");
                URI uri = base.resolve(e.path());
                String etag = e.conditional() ? etag(uri) : null;
                if (e.conditional() && etag == null) {
                    log.println("bench serve: " + e.path() + " answers without an ETag: conditional round skipped");
                    continue;
                }
                int expected = etag == null ? 200 : 304;
                double first = round(pool, uri, etag, expected, 1, 1).millis[0];
                round(pool, uri, etag, expected, Math.min(requests, Math.max(concurrency * 10, requests / 10)), concurrency);
                out.add(measure(pool, e, uri, etag, expected, concurrency, requests, first));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private Latency measure(ExecutorService pool, Endpoint e, URI uri, String etag, int expected, int concurrency,
                            int requests, double first) {
        long t0 = System.nanoTime();
        Round r = round(pool, uri, etag, expected, requests, concurrency);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] sorted = r.millis.clone();
        Arrays.sort(sorted);
        return new Latency(e.name(), e.path(), first, requests, requests / seconds, percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), r.failed.get());
    }

    private record Round(double[] millis, AtomicInteger failed) {
    }

    private Round round(ExecutorService pool, URI uri, String etag, int expected, int requests, int concurrency) {
        AtomicInteger next = new AtomicInteger();
        Round r = new Round(new double[requests], new AtomicInteger());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        HttpRequest request = builder.build();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    if (send(request) != expected) {
                        r.failed.incrementAndGet();
                    }
                    r.millis[i] = (System.nanoTime() - t0) / 1e6;
                }
            }));
        }
        for (Future<?> f : clients) {
            try {
                f.get();
            } catch (Exception ex) {
                throw new IllegalStateException("bench serve: a client failed: " + ex.getMessage(), ex);
            }
        }
        return r;
    }

    /** The status, the body read and dropped; -1 when the request failed. */
    private int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The ETag of a first, plain answer; null when the server gives none. */
    private String etag(URI uri) {
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.headers().firstValue("ETag").orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException("bench serve: cannot reach " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench serve: interrupted", e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
