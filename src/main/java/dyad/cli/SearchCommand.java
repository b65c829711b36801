package dyad.cli;

import dyad.model.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.index.LuceneSearchIndex;
import dyad.index.SearchHit;
import dyad.index.SearchIndexException;
import dyad.index.SearchQuery;
import dyad.index.SearchResult;
import dyad.model.Modality;
import dyad.model.PloverType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index: prints one JSON object per hit, then one line with the total and the facets.",
                "TEXT: words (all required), \"a phrase\", -excluded, a|b (either), prefix*; accents and case are ignored. "
                        + "No TEXT: everything that passes the filters, latest first."})
final class SearchCommand implements Callable<Integer> {

    /** The facets in the order they are printed. */
    private static final List<String> FACETS = List.of("kind", "type", "country", "modality", "year");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The index folder (default: index/ beside an embedded store, else ./dyad-data/index).")
    Path indexFolder;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "document, event or quote (repeatable).")
    List<String> kinds = List.of();

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "PLOVER event type, e.g. SANCTION (repeatable).")
    List<String> types = List.of();

    @Option(names = "--modality", paramLabel = "M", split = ",",
            description = "asserted, negated, intended or hypothetical (repeatable).")
    List<String> modalities = List.of();

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor's name or mention, as a phrase.")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "A participant's or speaker's country.")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    String to;

    @Option(names = "--offset", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--limit", description = "Hits to print, 1-" + SearchQuery.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "What to look for.")
    List<String> text = List.of();

    @Override
    public Integer call() {
        SearchQuery query = query();
        Path folder = indexFolder != null ? indexFolder : LuceneSearchIndex.folderFor(store.location());
        SearchResult result;
        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(folder)) {
            result = index.search(query);
        } catch (SearchIndexException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (SearchHit h : result.hits()) {
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
            line.put("doc", h.documentName());
            line.put("hash", h.documentHash());
            line.put("key", h.recordKey());
            line.put("title", h.title());
            line.put("snippet", h.snippet());
            line.put("start", h.start());
            line.put("end", h.end());
            line.put("score", h.score());
            out.println(Json.line(line));
        }
        ObjectNode summary = Json.MAPPER.createObjectNode();
        summary.put("total", result.total());
        ObjectNode facets = summary.putObject("facets");
        for (String facet : FACETS) {
            facets.set(facet, Json.MAPPER.valueToTree(result.facets().getOrDefault(facet, Map.of())));
        }
        out.println(Json.line(summary));
        out.flush();
        return 0;
    }

    private SearchQuery query() {
        Set<SearchQuery.Kind> k = EnumSet.noneOf(SearchQuery.Kind.class);
        for (String s : kinds) {
            k.add(parse(SearchQuery.Kind.class, s, "--kind"));
        }
        Set<PloverType> t = EnumSet.noneOf(PloverType.class);
        for (String s : types) {
            t.add(parse(PloverType.class, s, "--type"));
        }
        Set<Modality> m = EnumSet.noneOf(Modality.class);
        for (String s : modalities) {
            m.add(parse(Modality.class, s, "--modality"));
        }
        try {
            return new SearchQuery(String.join(" ", text), k, actor, country, t, m, day(from, "--from"), day(to, "--to"),
                    offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": unknown value '" + value + "'; one of "
                    + EnumSet.allOf(type).stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private LocalDate day(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + value + "' is not a date YYYY-MM-DD");
        }
    }
}
