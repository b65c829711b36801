package dyad.web;

import dyad.export.ExportFormat;
import dyad.export.Exports;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/export?format=gdelt|plover|ftm|csv[&kind=&a=&b=&from=&to=]}: what {@code dyad export}
 * writes, streamed as the store is read. A request that cannot be answered is a 400 before a byte
 * of the export is sent.
 */
final class ExportApi {

    private final Repository repository;
    private final Exports exports = new Exports();

    ExportApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.streamApi("/api/export", this::export);
    }

    private void export(Context ctx) throws IOException {
        Params params = new Params(ctx);
        String a = params.country("a");
        String b = params.country("b");
        if ((a == null) != (b == null)) {
            throw new BadParameter(a == null ? "a" : "b", "a pair takes both a and b");
        }
        Exports.Request request;
        try {
            String format = params.text("format");
            if (format == null) {
                throw new BadParameter("format", "required: gdelt, plover, ftm or csv");
            }
            request = new Exports.Request(ExportFormat.parse(format), params.text("kind"), a == null ? null : List.of(a, b),
                    params.date("from"), params.date("to"));
            if (a != null && a.equals(b)) {
                throw new BadParameter("b", "a pair is two different states");
            }
        } catch (IllegalArgumentException e) {
            throw new BadParameter("format", e.getMessage());
        }
        String name = "dyad-export." + switch (request.format()) {
            case GDELT -> "tsv";
            case CSV -> "csv";
            default -> "jsonl";
        };
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(request.format().mediaType() + "; charset=utf-8");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        exports.write(repository, request, out);
        out.flush();
    }
}
