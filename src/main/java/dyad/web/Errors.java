package dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;

/**
 * Turns failures into answers: JSON {@code {status, error, parameter}} under {@code /api/},
 * an escaped HTML page elsewhere. Bad parameters are 400, unknown ids and paths 404, missing
 * services 503; anything else is a bug, logged with its stack trace and answered 500 without details.
 */
final class Errors {

    private static final System.Logger LOG = System.getLogger("dyad.web");
    private static final String ANSWERED = "dyad.error.answered";

    private Errors() {
    }

    static void install(Javalin app, Templates templates) {
        app.exception(BadParameter.class, (e, ctx) -> answer(ctx, templates, 400, e.getMessage(), e.parameter()));
        app.exception(NotFound.class, (e, ctx) -> answer(ctx, templates, 404, e.getMessage(), null));
        app.exception(Unavailable.class, (e, ctx) -> answer(ctx, templates, 503, e.getMessage(), null));
        // Javalin answers its own HTTP exceptions (413 body too large, …) unless this exact class has a handler.
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, templates, e.getStatus(), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpResponseException h) {
                answer(ctx, templates, h.getStatus(), h.getMessage(), null);
                return;
            }
            LOG.log(System.Logger.Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
            answer(ctx, templates, 500, "internal error", null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, templates, 404, "no such page: " + ctx.method() + " " + ctx.path(), null);
            }
        });
    }

    private static void answer(Context ctx, Templates templates, int status, String message, String parameter) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new Views.ErrorView(status, message, parameter));
        } else {
            java.util.HashMap<String, Object> model = new java.util.HashMap<>();
            model.put("title", "Error " + status);
            model.put("status", status);
            model.put("message", message);
            templates.page(ctx, "error", model);
        }
    }
}
