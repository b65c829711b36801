package dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** Registers GET routes and remembers the API ones, so the OpenAPI description can be checked against them. */
final class RouteTable {

    private final Javalin app;
    private final List<String> apiPaths = new ArrayList<>();

    RouteTable(Javalin app) {
        this.app = app;
    }

    void api(String path, Handler handler) {
        apiPaths.add(path);
        app.get(path, handler);
    }

    void page(String path, Handler handler) {
        app.get(path, handler);
    }

    List<String> apiPaths() {
        return List.copyOf(apiPaths);
    }
}
