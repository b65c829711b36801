package dyad.source.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 serving the fixture feeds and pages under {@code src/test/resources/feeds/}
 * ({@code {{base}}} in a feed becomes the server's address), and pages that fail one way each: a 500,
 * a slow host, a huge page, a redirect loop, a feed that answers 500. {@code news.rss} answers a
 * matching If-None-Match with 304, {@code wire.atom} a matching If-Modified-Since. Every request is logged.
 */
public final class FixtureServer implements AutoCloseable {

    public static final String NEWS_ETAG = "\"news-1\"";
    public static final String WIRE_MODIFIED = "Sat, 07 Mar 2026 08:00:00 GMT";
    /** One byte over the limit of files: sent in chunks, with no Content-Length. */
    public static final long HUGE = 10L * 1024 * 1024 + 1;

    /** One request: its path and the validators it sent (null when none). */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final long slowMillis;

    /** @param slowMillis how long the slow page keeps its client waiting before it answers */
    public FixtureServer(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths requested so far, in order. */
    public List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    public void forget() {
        requests.clear();
    }

    /** A fixture's text with {@code {{base}}} replaced by this server's address. */
    public String fixture(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture feeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        requests.add(new Request(path, x.getRequestHeaders().getFirst("If-None-Match"),
                x.getRequestHeaders().getFirst("If-Modified-Since")));
        try (x) {
            switch (path) {
                case "/news.rss" -> {
                    x.getResponseHeaders().set("ETag", NEWS_ETAG);
                    if (NEWS_ETAG.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                        x.sendResponseHeaders(304, -1);
                    } else {
                        send(x, 200, "application/rss+xml", fixture("news.rss"));
                    }
                }
                case "/wire.atom" -> {
                    x.getResponseHeaders().set("Last-Modified", WIRE_MODIFIED);
                    if (WIRE_MODIFIED.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))) {
                        x.sendResponseHeaders(304, -1);
                    } else {
                        send(x, 200, "application/atom+xml", fixture("wire.atom"));
                    }
                }
                case "/troubled.rss", "/broken.xml" -> send(x, 200, "application/rss+xml", fixture(path.substring(1)));
                case "/down.rss", "/pages/error.html" -> send(x, 500, "text/plain", "the server is having a bad day");
                case "/pages/slow.html" -> {
                    sleep(slowMillis);
                    send(x, 200, "text/html", "<p>Too late.</p>");
                }
                case "/pages/huge.html" -> huge(x);
                case "/pages/declared.html" -> {
                    x.sendResponseHeaders(200, 20L * 1024 * 1024);
                    x.getResponseBody().write("<p>".getBytes(StandardCharsets.UTF_8));
                }
                case "/loop/a" -> redirect(x, 302, "/loop/b");
                case "/loop/b" -> redirect(x, 302, base() + "/loop/a");
                case "/moved/ghana-norway" -> redirect(x, 301, "/pages/ghana-norway.html");
                case "/pages/copy-of-kenya.html" -> send(x, 200, "text/html; charset=utf-8", fixture("pages/kenya-eritrea.html"));
                default -> {
                    if (path.startsWith("/pages/") && FixtureServer.class.getResource("/feeds" + path) != null) {
                        send(x, 200, path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
                                fixture(path.substring(1)));
                    } else {
                        send(x, 404, "text/plain", "no such page");
                    }
                }
            }
        } catch (IOException e) {
            // The client went away (a refused body, a timeout): nothing to answer.
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static void redirect(HttpExchange x, int status, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(status, -1);
    }

    private static void huge(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        x.sendResponseHeaders(200, 0); // chunked: the size shows only while reading
        byte[] chunk = "<p>ice</p>\n".repeat(6000).getBytes(StandardCharsets.UTF_8);
        OutputStream out = x.getResponseBody();
        for (long sent = 0; sent < HUGE; ) {
            int n = (int) Math.min(chunk.length, HUGE - sent);
            out.write(chunk, 0, n);
            sent += n;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
