package dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns failures into answers: JSON {@code {status, error, parameter}} under {@code /api/},
 * an escaped HTML page elsewhere. Bad parameters are 400, missing or wrong credentials 401 (with
 * the challenges), requests for another host or from another origin 403, unknown ids and paths 404, other methods
 * 405 (with {@code Allow}), bodies over the cap 413, missing services 503; anything else is a bug, logged with its stack trace
 * and answered 500 without details. No answer names a Java class or echoes a path unquoted.
 */
final class Errors {

    private static final System.Logger LOG = System.getLogger("dyad.web");
    private static final String ANSWERED = "dyad.error.answered";

    private Errors() {
    }

    static void install(Javalin app, Templates templates) {
        app.exception(BadParameter.class, (e, ctx) -> answer(ctx, templates, 400, e.getMessage(), e.parameter()));
        app.exception(Refused.class, (e, ctx) -> {
            if (e.status() == 401) {
                Credentials.challenge(ctx);
            }
            answer(ctx, templates, e.status(), e.getMessage(), null);
        });
        app.exception(NotFound.class, (e, ctx) -> answer(ctx, templates, 404, e.getMessage(), null));
        app.exception(Unavailable.class, (e, ctx) -> answer(ctx, templates, 503, e.getMessage(), null));
        // Javalin answers its own HTTP exceptions (413 body too large, …) unless this exact class has a handler.
        app.exception(HttpResponseException.class, (e, ctx) -> http(ctx, templates, e));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpResponseException h) {
                http(ctx, templates, h);
                return;
            }
            LOG.log(System.Logger.Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
            answer(ctx, templates, 500, "internal error", null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, templates, 404, noSuchPage(ctx), null);
            }
        });
    }

    /** Javalin's own refusals, in Dyad's words: its messages name no class but quote paths raw. */
    private static void http(Context ctx, Templates templates, HttpResponseException e) {
        int status = e.getStatus();
        String message = e.getMessage();
        if (status == HttpStatus.NOT_FOUND.getCode()) {
            message = noSuchPage(ctx);
        } else if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            String allowed = allowed(e.getDetails());
            ctx.header("Allow", allowed);
            message = "method " + Shown.quoted(ctx.req().getMethod()) + " is not allowed on " + Shown.quoted(ctx.path())
                    + "; allowed: " + allowed;
        }
        answer(ctx, templates, status, message, null);
    }

    /** The methods Javalin found for the path (its one detail), with HEAD wherever GET is. */
    private static String allowed(Map<String, String> details) {
        String methods = details.values().stream().findFirst().orElse("GET");
        return methods.contains("GET") && !methods.contains("HEAD") ? methods + ", HEAD" : methods;
    }

    private static String noSuchPage(Context ctx) {
        return "no such page: " + Shown.quoted(ctx.req().getMethod()) + " " + Shown.quoted(ctx.path());
    }

    private static void answer(Context ctx, Templates templates, int status, String message, String parameter) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new Views.ErrorView(status, message, parameter));
        } else {
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Error " + status);
            model.put("status", status);
            model.put("message", message);
            templates.page(ctx, "error", model);
        }
    }
}
