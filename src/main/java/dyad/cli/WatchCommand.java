package dyad.cli;

import dyad.index.SearchIndexException;
import dyad.pipeline.Extractors;
import dyad.pipeline.FeedIngest;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.source.WebPages;
import dyad.source.feed.HttpFetcher;
import dyad.source.feed.WatchSettings;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Read RSS and Atom feeds (URLs or files) and store the pages of their new items, as ingest stores files.",
                "A feed is asked for with the validators it last answered with; an item taken before (same GUID or link) "
                        + "is not fetched again, and a page whose text is stored already is not extracted again. "
                        + "Each failure is one line naming the feed or the item's link; exit 1 if any."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--every", paramLabel = "MINUTES",
            description = "Read the feeds again every MINUTES minutes until interrupted (default: once).")
    Integer every;

    @Option(names = "--delay", paramLabel = "SECONDS",
            description = "Pause between two requests to the same host (default: ${DEFAULT-VALUE}).")
    double delay = WatchSettings.DEFAULT_DELAY.toMillis() / 1000.0;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "The longest one request may take, its body included (default: ${DEFAULT-VALUE}).")
    double timeout = WatchSettings.DEFAULT_TIMEOUT.toMillis() / 1000.0;

    @Option(names = "--threads", description = "Pages extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feeds: http(s) URLs or files (RSS or Atom).")
    List<String> feeds;

    private final Extractors extractors;
    private final InputStream stdin;

    WatchCommand() {
        this(Extractors.MODELS, System.in);
    }

    WatchCommand(Extractors extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        WatchSettings settings = settings();
        if (every != null && every < 1) {
            throw new ParameterException(spec.commandLine(), "--every must be at least 1 minute: " + every);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        StoreLocation location = store.location();
        HttpFetcher fetcher = new HttpFetcher(settings);
        WebPages pages = new WebPages();
        Pipeline pipeline = new Pipeline(extractors, threads, stdin);
        RunReport report = RunReport.printing(spec.commandLine().getErr());
        boolean failed = false;
        for (int round = 1; ; round++) {
            try {
                failed |= FeedIngest.round(location, feeds, fetcher, pages, settings.maxBytes(), pipeline, report).failed();
            } catch (StoreException | SearchIndexException e) {
                if (every == null || round == 1) {
                    throw new UserError(e.getMessage());
                }
                report.line(e.getMessage()); // a store away for a while: the next round tries again
                failed = true;
            }
            if (every == null || Thread.currentThread().isInterrupted()) {
                return failed ? 1 : 0;
            }
            report.line("next round in " + every + " minute" + (every == 1 ? "" : "s"));
            try {
                Thread.sleep(Duration.ofMinutes(every).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed ? 1 : 0;
            }
        }
    }

    private WatchSettings settings() {
        try {
            return WatchSettings.of(seconds(delay), seconds(timeout));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Duration seconds(double s) {
        return Double.isFinite(s) && Math.abs(s) < 1e9 ? Duration.ofNanos(Math.round(s * 1e9)) : Duration.ofDays(-1);
    }
}
