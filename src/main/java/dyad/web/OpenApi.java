package dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.json}: the hand-maintained OpenAPI 3 description of the API (resource {@code web/openapi.json}). */
final class OpenApi {

    static final String RESOURCE = "web/openapi.json";

    private final String description;

    OpenApi() {
        try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            description = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void register(RouteTable routes) {
        routes.api("/api/openapi.json", ctx -> ctx.contentType("application/json").result(description));
    }
}
