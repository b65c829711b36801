package dyad.web;

import dyad.coverage.DyadCoverage;
import dyad.store.CoverageQuery;
import dyad.store.Dyad;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code GET /api/dyads/{a}/{b}/coverage} (JSON) and {@code …/coverage.csv}: how much a pair is written
 * about per month, who is quoted, and whose side goes unquoted ({@link DyadCoverage}). The pair has no
 * direction; its order only says which country is {@code a} in the split of quotes. {@code from} and
 * {@code to} (YYYY-MM) keep the documents dated in those months.
 */
final class CoverageApi {

    static final String[] CSV_HEADER = {"month", "documents", "publishers", "quotes", "a_government_quotes",
        "a_other_quotes", "b_government_quotes", "b_other_quotes", "third_party_quotes"};

    private final Repository repository;

    CoverageApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/dyads/{a}/{b}/coverage", ctx -> ctx.json(coverage(repository, ctx)));
        routes.api("/api/dyads/{a}/{b}/coverage.csv", this::csv);
    }

    /** The path's pair and the months asked for, read from the store (shared with the pages). */
    static DyadCoverage coverage(Repository repository, Context ctx) {
        Params params = new Params(ctx);
        Dyad pair = Params.pathDyad(ctx);
        YearMonth from = params.month("from");
        YearMonth to = params.month("to");
        Params.ordered("from", from, to);
        CoverageQuery query = new CoverageQuery(pair.a(), pair.b(), from, to);
        return DyadCoverage.of(query, repository.coverage(query));
    }

    /** A row per month, first to last without gaps, and a last row {@code undated} for documents not dated to a month. */
    private void csv(Context ctx) {
        DyadCoverage c = coverage(repository, ctx);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (DyadCoverage.Month m : c.months()) {
                row(csv, m.month().toString(), m.documents(), m.publishers(), m.quotes(), m.quotesBy());
            }
            if (c.undated().documents() > 0) {
                row(csv, "undated", c.undated().documents(), c.undated().publishers(), c.undated().quotes(), c.undated().quotesBy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"coverage-" + c.a() + "-" + c.b() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    private static void row(CSVPrinter csv, String month, long documents, long publishers, long quotes,
                            DyadCoverage.Split by) throws IOException {
        csv.printRecord(month, documents, publishers, quotes, by.aGovernment(), by.aOthers(), by.bGovernment(),
                by.bOthers(), by.thirdParties());
    }
}
