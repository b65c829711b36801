package dyad.web;

import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Links to the previous and next page of a list page, keeping the other query parameters. */
record Pager(String previous, String next, int from, int to) {

    static Pager of(Context ctx, PageRequest page, boolean more) {
        String previous = page.offset() == 0 ? null : link(ctx, Math.max(0, page.offset() - page.limit()), page.limit());
        String next = more ? link(ctx, page.offset() + page.limit(), page.limit()) : null;
        return new Pager(previous, next, page.offset() + 1, page.offset() + page.limit());
    }

    private static String link(Context ctx, int offset, int limit) {
        StringJoiner query = new StringJoiner("&", ctx.path() + "?", "");
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (p.getKey().equals("offset") || p.getKey().equals("limit")) {
                continue;
            }
            for (String v : p.getValue()) {
                query.add(encode(p.getKey()) + "=" + encode(v));
            }
        }
        query.add("offset=" + offset);
        query.add("limit=" + limit);
        return query.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
