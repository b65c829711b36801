package dyad.web;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders pages from the Pebble templates in {@code web/templates/}. Auto-escaping is on and
 * strict: every value printed into a page is HTML-escaped unless a template says otherwise
 * (none does), and a misspelt variable fails instead of printing nothing.
 */
final class Templates {

    /** Scripts and styles only from this server; styles may be inline (band widths), scripts may not. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final PebbleEngine engine;
    private final String echarts;

    Templates(String echartsPath) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("web/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .cacheActive(true).build();
        this.echarts = echartsPath;
    }

    String render(String name, Map<String, Object> model) {
        PebbleTemplate template = engine.getTemplate(name);
        Map<String, Object> all = new HashMap<>(model);
        all.put("echarts", echarts);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render page " + name, e);
        }
        return out.toString();
    }

    /** Renders the page into the response, with the security headers every page carries. */
    void page(Context ctx, String name, Map<String, Object> model) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.html(render(name, model));
    }
}
