package dyad.bench;

import dyad.index.LuceneSearchIndex;
import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.ContentHash;
import dyad.store.DocumentInfo;
import dyad.store.StoredDocument;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Times a {@link SearchIndex}: puts synthetic documents with events (as ingest does, one commit
 * per document) and measures query latency p50/p95 over a mix of queries. Countries and filler
 * words follow Zipf's law, dates span 20 years; the same seed gives the same corpus and queries.
 * The baseline is the cheapest query, a page of everything, measured in the same run.
 */
public final class SearchBench {

    /** Latency of one kind of query, in milliseconds. */
    public record Latency(String name, int queries, double p50Millis, double p95Millis, double maxMillis) {
    }

    /** What was indexed, how fast, and query latencies (the first is the baseline). */
    public record Result(int documents, long events, double indexSeconds, List<Latency> latencies) {
        public double documentsPerSecond() {
            return documents / indexSeconds;
        }

        /** The mixed queries' p95 as a multiple of the baseline's p95. */
        public double p95RatioToBaseline() {
            return latencies.get(latencies.size() - 1).p95Millis() / latencies.get(0).p95Millis();
        }
    }

    private static final String[][] COUNTRIES = {
            {"USA", "United States", "Washington"}, {"CHN", "China", "Beijing"}, {"RUS", "Russia", "Moscow"},
            {"UKR", "Ukraine", "Kyiv"}, {"IRN", "Iran", "Tehran"}, {"GBR", "Britain", "London"},
            {"FRA", "France", "Paris"}, {"DEU", "Germany", "Berlin"}, {"TUR", "Türkiye", "Ankara"},
            {"IND", "India", "New Delhi"}, {"JPN", "Japan", "Tokyo"}, {"CAN", "Canada", "Ottawa"},
            {"VEN", "Venezuela", "Caracas"}, {"BRA", "Brazil", "Brasília"}, {"CIV", "Côte d'Ivoire", "Abidjan"},
            {"NOR", "Norway", "Oslo"}};

    private static final String[] VERBS = {"agreed with", "held talks with", "praised", "conceded to", "cooperated with",
            "sent aid to", "withdrew from", "asked", "accused", "rejected", "protested to", "threatened", "mobilized against",
            "sanctioned", "blockaded", "attacked"};

    private static final String[] FILLER = ("the ministry said on statement that government officials spokesperson "
            + "border trade security talks election sanctions embassy ambassador minister agreement treaty summit "
            + "economic military humanitarian crisis council resolution vote oil gas grain ports refugees ceasefire "
            + "negotiations delegation visit pressure dispute tariffs").split(" ");

    private static final int FIRST_YEAR = 2006;
    private static final int YEARS = 20;
    private static final int WARMUP = 50;

    /**
     * Puts {@code documents} synthetic documents of 1–{@code maxEventsPerDocument} events into
     * {@code index} (which should be empty), then runs {@code queries} timed queries of each kind.
     */
    public Result run(SearchIndex index, int documents, int maxEventsPerDocument, int queries, long seed, PrintStream log) {
        return run(index, index::put, () -> { }, documents, maxEventsPerDocument, queries, seed, log);
    }

    /** {@link #run} with the documents put in one {@link LuceneSearchIndex#batch() batch} (one commit), as a rebuild does. */
    public Result runBatched(LuceneSearchIndex index, int documents, int maxEventsPerDocument, int queries, long seed,
                             PrintStream log) {
        LuceneSearchIndex.Batch batch = index.batch();
        return run(index, batch::put, batch::commit, documents, maxEventsPerDocument, queries, seed, log);
    }

    private Result run(SearchIndex index, BiConsumer<StoredDocument, List<Record>> put, Runnable commit, int documents,
                       int maxEventsPerDocument, int queries, long seed, PrintStream log) {
        if (documents < 1 || maxEventsPerDocument < 1 || queries < 1) {
            throw new IllegalArgumentException("search bench: documents, events per document and queries must be >= 1");
        }
        Random random = new Random(seed);
        long events = 0;
        long generating = 0;
        long start = System.nanoTime();
        for (int d = 0; d < documents; d++) {
            long g = System.nanoTime();
            List<Record> records = new ArrayList<>();
            StoredDocument doc = document(random, d + 1, 1 + random.nextInt(maxEventsPerDocument), records);
            generating += System.nanoTime() - g;
            put.accept(doc, records);
            events += records.size();
            if (log != null && (d + 1) % 10_000 == 0) {
                log.printf("search bench: %,d documents indexed%n", d + 1);
            }
        }
        commit.run();
        double indexSeconds = (System.nanoTime() - start - generating) / 1e9;

        List<Latency> latencies = new ArrayList<>();
        List<Function<Random, SearchQuery>> mixed = new ArrayList<>();
        latencies.add(time(index, "baseline: everything, first page", r -> page(null, null, null, Set.of(), null, null), queries, random));
        for (Object[] kind : queryKinds()) {
            @SuppressWarnings("unchecked")
            Function<Random, SearchQuery> q = (Function<Random, SearchQuery>) kind[1];
            mixed.add(q);
            latencies.add(time(index, (String) kind[0], q, queries, random));
        }
        latencies.add(time(index, "mix of all the above", r -> mixed.get(r.nextInt(mixed.size())).apply(r), queries, random));
        return new Result(documents, events, indexSeconds, latencies);
    }

    private static Object[][] queryKinds() {
        Function<Random, SearchQuery> oneWord = r -> page(filler(r), null, null, Set.of(), null, null);
        Function<Random, SearchQuery> twoWords = r -> page(filler(r) + " " + filler(r), null, null, Set.of(), null, null);
        Function<Random, SearchQuery> phrase = r -> page("\"" + VERBS[r.nextInt(VERBS.length)] + "\"", null, null, Set.of(), null, null);
        Function<Random, SearchQuery> wordAndCountry = r -> page(filler(r), null, country(r)[0], Set.of(), null, null);
        Function<Random, SearchQuery> filters = r -> {
            int year = FIRST_YEAR + r.nextInt(YEARS);
            return page(null, null, country(r)[0], Set.of(PloverType.values()[r.nextInt(16)]), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
        };
        Function<Random, SearchQuery> actor = r -> page(null, "Government of " + country(r)[1], null, Set.of(), null, null);
        return new Object[][] {{"one word", oneWord}, {"two words", twoWords}, {"phrase", phrase},
                {"word + country", wordAndCountry}, {"filters only: country, type, year", filters}, {"actor phrase", actor}};
    }

    private static SearchQuery page(String text, String actor, String country, Set<PloverType> types, LocalDate from,
                                    LocalDate to) {
        return new SearchQuery(text, Set.of(), actor, country, types, Set.of(), from, to, 0, 20);
    }

    private static Latency time(SearchIndex index, String name, Function<Random, SearchQuery> query, int queries, Random r) {
        for (int i = 0; i < Math.min(WARMUP, queries); i++) {
            index.search(query.apply(r));
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            SearchQuery q = query.apply(r);
            long t = System.nanoTime();
            index.search(q);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(name, queries, percentile(millis, 0.50), percentile(millis, 0.95), millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static StoredDocument document(Random r, long id, int events, List<Record> records) {
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            String[] a = country(r);
            String[] b = country(r);
            while (b == a) {
                b = country(r);
            }
            int verb = r.nextInt(VERBS.length);
            int start = text.length();
            int aAt = start;
            text.append(a[1]).append(' ').append(VERBS[verb]).append(' ');
            int bAt = text.length();
            text.append(b[1]);
            for (int w = 3 + r.nextInt(15); w > 0; w--) {
                text.append(' ').append(filler(r));
            }
            text.append(". ");
            for (int w = r.nextInt(30); w > 0; w--) {
                text.append(w % 12 == 0 ? ". " : " ").append(filler(r));
            }
            text.append(". ");
            sentences.add(new int[] {start, text.indexOf(".", bAt) + 1, aAt, bAt, verb});
            parties.add(new Object[] {a, b});
        }
        String t = text.toString();
        LocalDate day = LocalDate.of(FIRST_YEAR + r.nextInt(YEARS), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String name = "bench-" + id;
        for (int e = 0; e < events; e++) {
            int[] s = sentences.get(e);
            String[] a = (String[]) parties.get(e)[0];
            String[] b = (String[]) parties.get(e)[1];
            Actor source = new Actor(a[1], s[2], s[2] + a[1].length(), "Government of " + a[1], a[0], null, Role.GOV);
            Actor target = new Actor(b[1], s[3], s[3] + b[1].length(), "Government of " + b[1], b[0], null, Role.GOV);
            Modality modality = r.nextInt(10) == 0 ? Modality.NEGATED : Modality.ASSERTED;
            records.add(new Event(name, PloverType.values()[s[4]], null, source, target, EventDate.day(day.minusDays(r.nextInt(30))),
                    modality, Span.of(t, s[0], s[1])));
        }
        DocumentInfo info = new DocumentInfo(id, ContentHash.of(t), name, null, EventDate.day(day), t.length(),
                Instant.EPOCH);
        return new StoredDocument(info, t);
    }

    /** A country by Zipf's law: the first is drawn most. */
    private static String[] country(Random r) {
        return COUNTRIES[zipf(r, COUNTRIES.length)];
    }

    private static String filler(Random r) {
        return FILLER[zipf(r, FILLER.length)];
    }

    private static int zipf(Random r, int n) {
        double h = 0;
        for (int i = 1; i <= n; i++) {
            h += 1.0 / i;
        }
        double u = r.nextDouble() * h;
        for (int i = 1; i <= n; i++) {
            u -= 1.0 / i;
            if (u <= 0) {
                return i - 1;
            }
        }
        return n - 1;
    }
}
