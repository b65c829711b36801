package dyad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one check every request passes before its route: installed once in {@link WebServer}.
 * Every answer is marked {@code X-Content-Type-Options: nosniff}, so a browser takes JSON, feeds
 * and CSV for what they are declared to be.
 */
final class RequestGuard implements Handler {

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
    }
}
