package dyad.coverage;

import dyad.model.Role;
import dyad.store.CoverageCounts;
import dyad.store.CoverageCounts.DocumentCount;
import dyad.store.CoverageCounts.QuoteCount;
import dyad.store.CoverageQuery;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pair's coverage as pages, the API and CSV show it: months from the first with a document about the
 * pair to the last, without gaps (a month nobody wrote about is zero); who is quoted, by country and
 * {@link VoiceGroup}; and for each of the two countries, how many quotes its government and its other
 * voices have, with a sentence saying so. What counts is {@link CoverageCounts}' definition.
 *
 * @param undated documents not dated to a month (left out when the query bounds the months)
 */
public record DyadCoverage(String a, String b, YearMonth from, YearMonth to, List<Month> months, Tally undated,
                           Tally total, List<Voices> voices, List<Side> sides) {

    /** How many speakers a row of voices names (most quoted first); the row counts all of them. */
    public static final int TOP_SPEAKERS = 10;

    public DyadCoverage {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        months = List.copyOf(months);
        voices = List.copyOf(voices);
        sides = List.copyOf(sides);
    }

    public record Tally(long documents, long publishers, long quotes, Split quotesBy) {
    }

    /** A period's quotes by whose they are: each country's government, its other voices, and everyone else. */
    public record Split(long aGovernment, long aOthers, long bGovernment, long bOthers, long thirdParties) {
        public static final Split NONE = new Split(0, 0, 0, 0, 0);

        public long total() {
            return aGovernment + aOthers + bGovernment + bOthers + thirdParties;
        }

        Split plus(Split o) {
            return new Split(aGovernment + o.aGovernment, aOthers + o.aOthers, bGovernment + o.bGovernment,
                    bOthers + o.bOthers, thirdParties + o.thirdParties);
        }
    }

    public record Month(YearMonth month, long documents, long publishers, long quotes, Split quotesBy) {
    }

    public record Speaker(String name, Role role, long quotes) {
    }

    /** The quotes of one country's (null: none, as for international bodies) group of voices. */
    public record Voices(String country, VoiceGroup group, long quotes, int speakers, List<Speaker> top) {
    }

    /** One country's side: quotes from its government and from its other voices, and what that means. */
    public record Side(String country, long government, long others, boolean unquoted, String statement) {

        static Side of(String country, long government, long others) {
            String statement;
            if (government == 0 && others == 0) {
                statement = "Nobody from " + country + " is quoted: neither its government nor any other voice.";
            } else if (government == 0) {
                statement = country + "'s government is not quoted; " + count(others) + " from its other voices.";
            } else if (others == 0) {
                statement = "Only " + country + "'s government is quoted (" + count(government) + "); none of its other voices.";
            } else {
                statement = country + ": " + count(government) + " from its government, " + count(others)
                        + " from its other voices.";
            }
            return new Side(country, government, others, government + others == 0, statement);
        }

        private static String count(long n) {
            return n == 1 ? "1 quote" : n + " quotes";
        }
    }

    public static DyadCoverage of(CoverageQuery q, CoverageCounts counts) {
        Map<YearMonth, Split> splits = new HashMap<>();
        Split undatedSplit = Split.NONE;
        for (QuoteCount c : counts.quotes()) {
            Split s = split(q, c);
            if (c.month() == null) {
                undatedSplit = undatedSplit.plus(s);
            } else {
                splits.merge(c.month(), s, Split::plus);
            }
        }
        TreeMap<YearMonth, DocumentCount> dated = new TreeMap<>();
        DocumentCount undated = new DocumentCount(null, 0, 0);
        for (DocumentCount d : counts.documents()) {
            if (d.month() == null) {
                undated = d;
            } else {
                dated.put(d.month(), d);
            }
        }
        List<Month> months = new ArrayList<>();
        if (!dated.isEmpty()) {
            for (YearMonth m = dated.firstKey(); !m.isAfter(dated.lastKey()); m = m.plusMonths(1)) {
                DocumentCount d = dated.getOrDefault(m, new DocumentCount(m, 0, 0));
                Split s = splits.getOrDefault(m, Split.NONE);
                months.add(new Month(m, d.documents(), d.publishers(), s.total(), s));
            }
        }
        Split all = splits.values().stream().reduce(undatedSplit, Split::plus);
        return new DyadCoverage(q.a(), q.b(), q.from(), q.to(), months,
                new Tally(undated.documents(), undated.publishers(), undatedSplit.total(), undatedSplit),
                new Tally(counts.total().documents(), counts.total().publishers(), all.total(), all),
                voices(q, counts.quotes()),
                List.of(Side.of(q.a(), all.aGovernment(), all.aOthers()), Side.of(q.b(), all.bGovernment(), all.bOthers())));
    }

    /** The sides that nobody of is quoted. */
    public List<Side> unquoted() {
        return sides.stream().filter(Side::unquoted).toList();
    }

    private static Split split(CoverageQuery q, QuoteCount c) {
        boolean government = VoiceGroup.of(c.role()) == VoiceGroup.GOVERNMENT;
        long n = c.quotes();
        if (q.a().equals(c.country())) {
            return government ? new Split(n, 0, 0, 0, 0) : new Split(0, n, 0, 0, 0);
        }
        if (q.b().equals(c.country())) {
            return government ? new Split(0, 0, n, 0, 0) : new Split(0, 0, 0, n, 0);
        }
        return new Split(0, 0, 0, 0, n);
    }

    /** Rows of the pair's first country, then its second's (government first), then everyone else's, most quoted first. */
    private static List<Voices> voices(CoverageQuery q, List<QuoteCount> quotes) {
        record Key(String country, VoiceGroup group) {
        }
        Map<Key, Map<String, Speaker>> speakers = new HashMap<>();
        Map<Key, Long> totals = new HashMap<>();
        for (QuoteCount c : quotes) {
            Key key = new Key(c.country(), VoiceGroup.of(c.role()));
            totals.merge(key, c.quotes(), Long::sum);
            Map<String, Speaker> named = speakers.computeIfAbsent(key, k -> new HashMap<>());
            if (c.speaker() != null) {
                named.merge(c.speaker(), new Speaker(c.speaker(), c.role(), c.quotes()),
                        (x, y) -> new Speaker(x.name(), x.role(), x.quotes() + y.quotes()));
            }
        }
        Comparator<Key> order = Comparator.<Key>comparingInt(k -> k.country() == null ? 3
                        : k.country().equals(q.a()) ? 0 : k.country().equals(q.b()) ? 1 : 2)
                .thenComparing(k -> q.a().equals(k.country()) || q.b().equals(k.country()) ? 0 : -totals.get(k))
                .thenComparing(Key::country, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Key::group);
        List<Voices> out = new ArrayList<>();
        totals.keySet().stream().sorted(order).forEach(k -> {
            List<Speaker> named = speakers.get(k).values().stream()
                    .sorted(Comparator.comparingLong(Speaker::quotes).reversed().thenComparing(Speaker::name)).toList();
            out.add(new Voices(k.country(), k.group(), totals.get(k), named.size(),
                    named.subList(0, Math.min(TOP_SPEAKERS, named.size()))));
        });
        return out;
    }
}
