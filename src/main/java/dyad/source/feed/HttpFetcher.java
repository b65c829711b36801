package dyad.source.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs feeds and pages over http(s), politely and within bounds: a pause between requests to one
 * host, a timeout on each request that covers its body, a size limit enforced while the body is
 * read, and redirects followed here (not by the client) so they can be counted and checked. A feed
 * is asked for conditionally, with the validators it last answered with.
 */
public final class HttpFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "dyad-watch/0.1 (+https://github.com/dyad; feed reader)";

    private final WatchSettings settings;
    private final HttpClient client;
    private final HostPacing pacing;

    public HttpFetcher(WatchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
        this.pacing = new HostPacing(settings.delay());
    }

    /** Whether {@code address} is one this fetcher reads: an absolute http or https URL with a host. */
    public static boolean isWeb(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * GETs {@code uri}, following at most the settings' number of redirects.
     *
     * @param since the validators to send (If-None-Match, If-Modified-Since); {@link FeedVersion#NONE} for none
     * @throws FetchFailed the status, timeout, size or redirect that stopped it
     */
    public Fetched get(URI uri, FeedVersion since) throws FetchFailed, InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            pacing.await(current.getHost());
            HttpResponse<byte[]> response = send(request(current, since));
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop == settings.maxRedirects()) {
                    throw new FetchFailed("too many redirects (more than " + settings.maxRedirects() + ")");
                }
                current = next(current, status, response.headers().firstValue("Location").orElse(null));
            } else if (status == 304 && (since.etag() != null || since.lastModified() != null)) {
                return Fetched.notModified(current);
            } else if (status / 100 != 2) {
                throw new FetchFailed("HTTP " + status);
            } else {
                return new Fetched(current, false, response.body(), header(response, "Content-Type"),
                        header(response, "ETag"), header(response, "Last-Modified"));
            }
        }
    }

    private static URI next(URI from, int status, String location) throws FetchFailed {
        if (location == null || location.isBlank()) {
            throw new FetchFailed("HTTP " + status + " without a Location");
        }
        URI to;
        try {
            to = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("HTTP " + status + " to a malformed Location '" + location.strip() + "'");
        }
        if (!isWeb(to.toString()) || to.getHost() == null) {
            throw new FetchFailed("HTTP " + status + " to '" + to + "', not an http(s) address");
        }
        return to;
    }

    private HttpRequest request(URI uri, FeedVersion since) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/xhtml+xml, "
                        + "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
        if (since.etag() != null) {
            b.header("If-None-Match", since.etag());
        }
        if (since.lastModified() != null) {
            b.header("If-Modified-Since", since.lastModified());
        }
        return b.build();
    }

    /** Sends and reads the body within the timeout, or cancels the exchange and says why. */
    private HttpResponse<byte[]> send(HttpRequest request) throws FetchFailed, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, LimitedBody.handler(settings.maxBytes()));
        try {
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private FetchFailed failure(Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return new FetchFailed(cause.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchFailed("timed out connecting (" + WatchSettings.shown(settings.timeout()) + ")");
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut();
        }
        if (cause instanceof ConnectException) {
            return new FetchFailed("cannot connect" + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage())));
        }
        if (cause instanceof IOException && cause.getCause() instanceof LimitedBody.TooLarge) {
            return new FetchFailed(cause.getCause().getMessage());
        }
        return new FetchFailed(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage())));
    }

    private FetchFailed timedOut() {
        return new FetchFailed("timed out (no full answer within " + WatchSettings.shown(settings.timeout()) + ")");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).filter(v -> !v.isBlank()).orElse(null);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
