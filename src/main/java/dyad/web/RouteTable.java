package dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Registers routes and remembers the API ones, so the OpenAPI description can be checked against
 * them. Every GET route goes through the {@link ResponseCache}: kept until the store changes, or
 * computed every time ({@code live…}), with ETags either way. Routes match in the order registered: fixed paths before {@code {id}} ones beside them.
 */
final class RouteTable {

    private final Javalin app;
    private final ResponseCache cache;
    private final List<String> apiOperations = new ArrayList<>();

    RouteTable(Javalin app, ResponseCache cache) {
        this.app = app;
        this.cache = cache;
    }

    /** An API route whose answers hold until the store changes (kept by the {@link ResponseCache}). */
    void api(String path, Handler handler) {
        apiOperations.add("get " + path);
        get(path, cache.kept(handler));
    }

    /** An API route computed every time (it reads what the store's version does not follow), with ETags. */
    void liveApi(String path, Handler handler) {
        apiOperations.add("get " + path);
        get(path, cache.live(handler));
    }

    /** An API route streamed as it is computed (an export of the whole store): neither kept nor tagged. */
    void streamApi(String path, Handler handler) {
        apiOperations.add("get " + path);
        get(path, handler);
    }

    /** The one kind of write the server takes: a POST under {@code /api/} with a small JSON body. */
    void apiPost(String path, Handler handler) {
        apiOperations.add("post " + path);
        app.post(path, handler);
    }

    /** A page or feed whose answers hold until the store changes. */
    void page(String path, Handler handler) {
        get(path, cache.kept(handler));
    }

    /** A page computed every time, with ETags. */
    void livePage(String path, Handler handler) {
        get(path, cache.live(handler));
    }

    /** GET, and HEAD answered by the same handler (Jetty drops the body), so HEAD's status is GET's: 404 for what is not there. */
    private void get(String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    /** Every API path, once. */
    List<String> apiPaths() {
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        apiOperations.forEach(o -> paths.add(o.substring(o.indexOf(' ') + 1)));
        return List.copyOf(paths);
    }

    /** Every API operation as {@code method path} (lower-case method, as OpenAPI names it). */
    List<String> apiOperations() {
        return List.copyOf(apiOperations);
    }
}
