package dyad.web;

import dyad.timeline.ImportedTimelines;
import dyad.timeline.Timelines;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * The Dyad web server: the JSON API under {@code /api/}, the pages, the Atom feeds under
 * {@code /feeds/}, static files from the class path folder {@code web/static} (served at
 * {@code /static/}) and the ECharts WebJar (at {@code /webjars/}). Every route is a GET but one:
 * {@code POST /api/letters/{id}/marks}, a person's correction of a letter, appended to the audit log.
 */
public final class WebServer implements AutoCloseable {

    /**
     * Only the marks API reads a body (a small JSON object); {@link BodyLimit} refuses (413) any body
     * larger, declared or chunked, while it is read.
     */
    static final long MAX_REQUEST_BYTES = 16 * 1024;

    private final Javalin app;
    private final List<String> apiPaths;
    private final List<String> apiOperations;

    private WebServer(Javalin app, RouteTable routes) {
        this.app = app;
        this.apiPaths = routes.apiPaths();
        this.apiOperations = routes.apiOperations();
    }

    /** Builds the server around the observatory's store, timelines and index and starts it; port 0 picks a free port. */
    public static WebServer start(Observatory observatory, WebSettings settings) {
        WebServer server = create(observatory, settings);
        server.app.start(settings.host(), settings.port());
        return server;
    }

    /** On loopback with default settings. */
    public static WebServer start(Observatory observatory, String host, int port) {
        return start(observatory, new WebSettings(host, port, List.of(), false));
    }

    static WebServer create(Observatory o, WebSettings settings) {
        BodyLimit bodyLimit = new BodyLimit(MAX_REQUEST_BYTES);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(WebJson.mapper(), false));
            // Javalin's own check sees only a declared Content-Length; BodyLimit also counts chunked bodies.
            config.http.maxRequestSize = Long.MAX_VALUE;
            config.jetty.modifyServletContextHandler(context ->
                    context.addFilter(new FilterHolder(bodyLimit), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadMessages()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers.put("X-Content-Type-Options", "nosniff");
            });
            config.staticFiles.enableWebjars();
            config.http.prefer405over404 = true;
        });
        app.before(new RequestGuard(settings, new Credentials(o.tokens())));
        Templates templates = new Templates(WebJars.echarts());
        Errors.install(app, templates);
        RouteTable routes = new RouteTable(app, new ResponseCache(o.repository().changes(), Clock.systemUTC()));
        new OpenApi().register(routes);
        new EventsApi(o.repository()).register(routes);
        Timelines gdelt = ImportedTimelines.gdelt(o.repository());
        new TimelineApi(o.timelines(), gdelt).register(routes);
        new CoverageApi(o.repository()).register(routes);
        new QuotesApi(o.repository()).register(routes);
        new LettersApi(o::letters).register(routes);
        new MarksApi(o::letters).register(routes);
        new ActorsApi(o.repository()).register(routes);
        new SearchApi(o.search(), o.repository()).register(routes);
        new DocumentsApi(o.repository()).register(routes);
        new ClustersApi(o.repository()).register(routes);
        new ExportApi(o.repository()).register(routes);
        new OverviewPage(o.repository(), templates).register(routes);
        new DyadPage(o.repository(), o.timelines(), gdelt, templates).register(routes);
        new CoveragePage(o.repository(), templates).register(routes);
        new EventsPage(o.repository(), templates).register(routes);
        new DocumentPage(o.repository(), templates).register(routes);
        new ClusterPage(o.repository(), templates).register(routes);
        new VoicesPage(o.repository(), templates).register(routes);
        new SearchPage(o.search(), o.repository(), templates).register(routes);
        new LettersPage(o::letters, templates).register(routes);
        new Feeds(o.repository()).register(routes);
        new LetterFeeds(o::letters).register(routes);
        return new WebServer(app, routes);
    }

    /**
     * Jetty's own answer to a request it cannot parse (a malformed path or header), which never reaches
     * {@link RequestGuard}: marked nosniff like every other answer.
     */
    private static final class BadMessages extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put("X-Content-Type-Options", "nosniff");
            return super.badMessageError(status, reason, fields);
        }
    }

    /** The port the server listens on (the one picked when started with 0). */
    public int port() {
        return app.port();
    }

    /** The API routes, as registered (for checking the OpenAPI description). */
    List<String> apiPaths() {
        return apiPaths;
    }

    /** The API operations as {@code method path}. */
    List<String> apiOperations() {
        return apiOperations;
    }

    /** Stops accepting requests and finishes the ones under way. */
    @Override
    public void close() {
        app.stop();
    }
}
