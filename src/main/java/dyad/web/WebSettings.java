package dyad.web;

import java.util.List;
import java.util.Locale;

/**
 * How {@code dyad serve} is reached, checked when built (each wrong value named with its option):
 *
 * @param host         the address to listen on ({@code --host}, default 127.0.0.1); loopback keeps
 *                     the server to this machine, anything else opens it to the network
 * @param port         0–65535, 0 for any free port ({@code --port})
 * @param allowedHosts further names or addresses the server may be reached by ({@code --allowed-host}):
 *                     a request whose {@code Host} is none of them, the bound address or (bound to
 *                     loopback or every interface) a loopback name is refused
 * @param privateReads reads need a token too ({@code --private}), not only writes
 */
public record WebSettings(String host, int port, List<String> allowedHosts, boolean privateReads) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7700;

    public WebSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must name an address, got nothing");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535: " + port);
        }
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        for (String name : allowedHosts) {
            if (HostName.normal(name) == null) {
                throw new IllegalArgumentException("--allowed-host " + Shown.quoted(name)
                        + " is not a host name or address (give it without scheme, port or path, e.g. dyad.example.org)");
            }
        }
        host = host.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the server listens on loopback only (an address or a name that resolves to one). */
    public boolean loopback() {
        return HostCheck.loopback(this);
    }

    /** Loopback, the given port, nothing else allowed, reads open: how tests and a local session serve. */
    public static WebSettings local(int port) {
        return new WebSettings(DEFAULT_HOST, port, List.of(), false);
    }
}
