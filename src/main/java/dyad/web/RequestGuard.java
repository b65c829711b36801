package dyad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * The one check every request passes before its route, installed once in {@link WebServer}: every
 * answer is marked {@code X-Content-Type-Options: nosniff} (a browser takes JSON, feeds and CSV for
 * what they are declared to be); then the request must name this server and, for a write, come from
 * no other origin ({@link HostCheck}, 403).
 */
final class RequestGuard implements Handler {

    /** The methods that change nothing; every other one is a write. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final HostCheck hosts;

    RequestGuard(HostCheck hosts) {
        this.hosts = hosts;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        boolean write = !SAFE.contains(ctx.req().getMethod());
        hosts.check(ctx, write);
    }
}
