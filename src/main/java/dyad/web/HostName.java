package dyad.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names as a {@code Host} header, an {@code Origin} or a setting gives them, in one comparable
 * form: a DNS name lower-cased without its final dot, or an address in its canonical text (so
 * {@code [::1]} and {@code [0:0::1]} are one). Never asks DNS: a name is compared as a name.
 */
final class HostName {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    /** A host and its port as a request names them; port -1 when not given. */
    record Authority(String host, int port) {
    }

    private HostName() {
    }

    /** The comparable form of a host (a name, an IPv4 address, an IPv6 address with or without brackets), or null for anything else. */
    static String normal(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
            return h.contains(":") ? address(h, IPV6) : null;
        }
        if (h.contains(":")) {
            return address(h, IPV6);
        }
        if (IPV4.matcher(h).matches()) {
            return address(h, IPV4);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.length() <= 253 && NAME.matcher(h).matches() ? h : null;
    }

    /** An address literal's canonical text; InetAddress parses literals without asking DNS. */
    private static String address(String literal, Pattern shape) {
        if (!shape.matcher(literal).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The authority of a {@code Host} header ({@code name}, {@code name:port}, {@code [::1]:7700}), or null when it is not one. */
    static Authority ofHostHeader(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        URI uri = uri("http://" + value.strip() + "/");
        return uri == null || !"/".equals(uri.getRawPath()) ? null : authority(uri);
    }

    /** The authority of an {@code Origin} ({@code http://name:port}), its port filled in from the scheme; null when it is not one. */
    static Authority ofOrigin(String value) {
        URI uri = value == null ? null : uri(value.strip());
        if (uri == null || uri.getScheme() == null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        Authority a = authority(uri);
        return a == null || a.port() != -1 ? a : new Authority(a.host(), scheme.equals("https") ? 443 : 80);
    }

    private static Authority authority(URI uri) {
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        String host = normal(uri.getHost());
        return host == null ? null : new Authority(host, uri.getPort());
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
