package dyad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.Set;

/**
 * The one check every request passes before its route, installed once in {@link WebServer}:
 * <ol>
 * <li>every answer is marked {@code X-Content-Type-Options: nosniff}, so a browser takes JSON,
 *     feeds and CSV for what they are declared to be;</li>
 * <li>the request must name this server and, for a write, come from no other origin ({@link HostCheck}, 403);</li>
 * <li>its credentials, if any, must name a holder ({@link Credentials}, 401); and they are needed
 *     for a write when the server listens beyond loopback, and for everything when it is private (401).</li>
 * </ol>
 * On loopback a write without a token is taken as before: whoever can reach the port is on this
 * machine, and says who they are in the body.
 */
final class RequestGuard implements Handler {

    /** The methods that change nothing; every other one is a write. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final HostCheck hosts;
    private final Credentials credentials;
    private final boolean loopback;
    private final boolean privateReads;

    RequestGuard(WebSettings settings, Credentials credentials) {
        this.hosts = HostCheck.of(settings);
        this.credentials = credentials;
        this.loopback = settings.loopback();
        this.privateReads = settings.privateReads();
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        boolean write = !SAFE.contains(ctx.req().getMethod());
        hosts.check(ctx, write);
        Optional<String> holder = credentials.identify(ctx);
        if (holder.isEmpty() && privateReads) {
            throw Refused.unauthorized("this server is private: every request needs a token"
                    + " (Authorization: Bearer TOKEN; 'dyad tokens add NAME' issues one)");
        }
        if (holder.isEmpty() && write && !loopback) {
            throw Refused.unauthorized("writes need a token when the server listens beyond loopback"
                    + " (Authorization: Bearer TOKEN; 'dyad tokens add NAME' issues one)");
        }
    }
}
