package dyad.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a request was meant for this server: its {@code Host} (and the authority of an absolute
 * request target) must be a name or address the server is reached by, so a page that rebinds its own
 * DNS name to this machine reaches nothing; a write's {@code Origin}, when a browser sends one, must be
 * this server itself, so no other page can write through a visitor's browser.
 *
 * <p>Allowed: the bound address or name; loopback's names and addresses when bound to loopback or to
 * every interface; then every address of this machine's interfaces when bound to every interface; and
 * the names given by {@code --allowed-host}. Names are never looked up in DNS.
 */
final class HostCheck {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = Collections.unmodifiableSet(allowed);
    }

    static HostCheck of(WebSettings settings) {
        Set<String> allowed = new LinkedHashSet<>();
        add(allowed, settings.host());
        InetAddress bound = bound(settings.host());
        if (bound != null && (bound.isLoopbackAddress() || bound.isAnyLocalAddress())) {
            LOOPBACK.forEach(h -> add(allowed, h));
        }
        if (bound != null && bound.isAnyLocalAddress()) {
            interfaceAddresses().forEach(h -> add(allowed, h));
        }
        settings.allowedHosts().forEach(h -> add(allowed, h));
        return new HostCheck(allowed);
    }

    /** Whether the server listens on loopback only: then writes need no token. */
    static boolean loopback(WebSettings settings) {
        InetAddress bound = bound(settings.host());
        return bound != null && bound.isLoopbackAddress();
    }

    /** The names and addresses requests may name, in comparable form. */
    Set<String> allowed() {
        return allowed;
    }

    /** Refuses (403) a request for another host; for a write, also one sent by another origin's page. */
    void check(Context ctx, boolean write) {
        List<String> hosts = Collections.list(ctx.req().getHeaders("Host"));
        if (hosts.size() > 1) {
            throw Refused.forbidden("one Host header is needed, got " + hosts.size());
        }
        HostName.Authority host = null;
        if (!hosts.isEmpty()) {
            host = HostName.ofHostHeader(hosts.get(0));
            if (host == null || !allowed.contains(host.host())) {
                throw Refused.forbidden("Host " + Shown.quoted(hosts.get(0)) + " is not a name of this server"
                        + "; 'dyad serve --allowed-host NAME' adds one");
            }
        }
        // An absolute request target (GET http://name/…) names the host instead of the header.
        String target = HostName.normal(ctx.req().getServerName());
        if (target == null || !allowed.contains(target)) {
            throw Refused.forbidden("the request names host " + Shown.quoted(ctx.req().getServerName())
                    + ", not a name of this server");
        }
        if (write) {
            checkOrigin(ctx, host);
        }
    }

    private void checkOrigin(Context ctx, HostName.Authority host) {
        List<String> origins = Collections.list(ctx.req().getHeaders("Origin"));
        if (origins.isEmpty()) {
            return; // not sent by a browser's page (curl, scripts): the Host check and credentials hold
        }
        HostName.Authority origin = origins.size() == 1 ? HostName.ofOrigin(origins.get(0)) : null;
        if (origin == null || !allowed.contains(origin.host()) || host != null && !sameServer(origin, host)) {
            throw Refused.forbidden("writes are taken only from this server's own pages, not from Origin "
                    + Shown.quoted(String.join(", ", origins)));
        }
    }

    /** The origin names the host the request was sent to, on its port (a Host without one: the origin's scheme's). */
    private static boolean sameServer(HostName.Authority origin, HostName.Authority host) {
        return origin.host().equals(host.host()) && (host.port() == -1 ? origin.port() == 80 || origin.port() == 443
                : origin.port() == host.port());
    }

    private static void add(Set<String> allowed, String host) {
        String h = HostName.normal(host);
        if (h != null) {
            allowed.add(h);
        }
    }

    /** The bound address: a literal as it is, a name as the server will resolve it to listen. */
    private static InetAddress bound(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static List<String> interfaceAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .map(a -> a.getHostAddress().replaceFirst("%.*$", "")) // an IPv6 scope is not part of a Host
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }
}
