package dyad.web;

import dyad.access.Tokens;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a request speaks for: the holder of the token it carries, as {@code Authorization: Bearer
 * TOKEN}, or as {@code Basic} with the holder's name and the token as password (what a browser's
 * login prompt sends, so pages of a {@code --private} server open in a browser). A request with a
 * token that names nobody (mistyped, revoked) is refused (401) rather than served as anonymous.
 */
final class Credentials {

    private static final String HOLDER = "dyad.holder";
    private static final List<String> CHALLENGES = List.of("Bearer realm=\"dyad\"", "Basic realm=\"dyad\", charset=\"UTF-8\"");

    private final Tokens tokens;

    Credentials(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The token's holder, remembered on the request; empty when it carries no credentials. */
    Optional<String> identify(Context ctx) {
        List<String> given = Collections.list(ctx.req().getHeaders("Authorization"));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw Refused.unauthorized("give one Authorization header, got " + given.size());
        }
        String value = given.get(0).strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : value.substring(space + 1).strip();
        String holder = switch (scheme) {
            case "bearer" -> holder(rest);
            case "basic" -> basic(rest);
            default -> throw Refused.unauthorized("Authorization must be 'Bearer TOKEN' (or Basic with the holder's name"
                    + " and the token), got the scheme " + Shown.quoted(scheme));
        };
        ctx.attribute(HOLDER, holder);
        return Optional.of(holder);
    }

    /** The holder the request's credentials named, once {@link #identify} has run. */
    static Optional<String> holder(Context ctx) {
        return Optional.ofNullable(ctx.attribute(HOLDER));
    }

    /** Adds the challenges a 401 carries: Bearer for clients, Basic for a browser's login prompt. */
    static void challenge(Context ctx) {
        CHALLENGES.forEach(c -> ctx.res().addHeader("WWW-Authenticate", c));
    }

    private String holder(String token) {
        return tokens.holder(token).orElseThrow(() ->
                Refused.unauthorized("the token names nobody (mistyped, or revoked); 'dyad tokens list' shows who holds one"));
    }

    private String basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Refused.unauthorized("Basic credentials must be base64 of 'NAME:TOKEN'");
        }
        int colon = pair.indexOf(':');
        String name = colon < 0 ? "" : pair.substring(0, colon);
        String holder = holder(colon < 0 ? pair : pair.substring(colon + 1));
        if (!name.isEmpty() && !name.equals(holder)) {
            throw Refused.unauthorized("the token is not " + Shown.quoted(name) + "'s");
        }
        return holder;
    }
}
