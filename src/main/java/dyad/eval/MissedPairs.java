package dyad.eval;

import dyad.cluster.Blocks;
import dyad.cluster.ClusterSettings;
import dyad.cluster.EvidenceWords;
import dyad.cluster.SameAct;
import dyad.cluster.Telling;
import dyad.model.Event;
import dyad.model.Precision;
import dyad.store.Stored;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why tellings of one act ended in different clusters ({@code dyad cluster eval --explain}): each
 * same-act pair of labelled events of different documents that the clustering split is put under
 * the first test of {@link SameAct} it fails (dates and evidence words with how far apart), or, when
 * the pair itself would match, under blocking or grouping; and each gold telling that no event of
 * its act's type carries, under what extraction gave instead.
 *
 * @param causes   cause → number of split pairs (or of unlabelled gold tellings, under "extraction: ...")
 * @param examples cause → a few of its pairs, as "file#n … | file#n …"
 */
public record MissedPairs(Map<String, Integer> causes, Map<String, List<String>> examples) {

    private static final int EXAMPLES = 3;

    static MissedPairs count(ClusterGold gold, List<ClusterScores.Item> items, List<Telling> tellings,
                             List<Stored<Event>> events) {
        ClusterSettings settings = ClusterSettings.DEFAULTS;
        SameAct same = new SameAct(settings);
        Blocks blocks = new Blocks(settings);
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                ClusterScores.Item a = items.get(i);
                ClusterScores.Item b = items.get(j);
                if (a.document().equals(b.document()) || !a.act().equals(b.act()) || a.cluster() == b.cluster()) {
                    continue;
                }
                Telling x = tellings.get(i);
                Telling y = tellings.get(j);
                SameAct.Mismatch m = same.verdict(x, y);
                String cause = m == null ? (blocks.near(x).contains(blocks.home(y)) || blocks.near(y).contains(blocks.home(x))
                        ? "grouping: the pair matches, each joined another cluster" : "blocking: the pair matches, blocks apart")
                        : detail(m, x, y);
                causes.merge(cause, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(cause, k -> new ArrayList<>());
                if (ex.size() < EXAMPLES) {
                    ex.add(a.act() + ": " + describe(a.document(), x) + " | " + describe(b.document(), y));
                }
            }
        }
        for (ClusterGold.Telling t : gold.tellings()) {
            String cause = extraction(gold, t, events);
            if (cause != null) {
                causes.merge(cause, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(cause, k -> new ArrayList<>());
                if (ex.size() < EXAMPLES) {
                    ex.add(t.act() + ": " + t.file() + " \"" + t.sentence() + "\"");
                }
            }
        }
        return new MissedPairs(causes, examples);
    }

    private static String detail(SameAct.Mismatch m, Telling x, Telling y) {
        return switch (m) {
            case DATES -> "dates: " + dates(x, y);
            case WORDS -> String.format(Locale.ROOT, "words: evidence Jaccard %s",
                    bucket(EvidenceWords.jaccard(x.words(), y.words())));
            default -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String dates(Telling x, Telling y) {
        Precision p = x.date().precision();
        Precision q = y.date().precision();
        if (p == Precision.DAY && q == Precision.DAY) {
            long d = Math.abs(ChronoUnit.DAYS.between(x.date().firstDay(), y.date().firstDay()));
            return "days " + (d <= 7 ? "4-7" : d <= 31 ? "8-31" : d <= 366 ? "32-366" : "> 366") + " apart";
        }
        String[] names = {p.code(), q.code()};
        java.util.Arrays.sort(names);
        return names[0] + " vs " + names[1] + " apart";
    }

    private static String bucket(double j) {
        return j < 0.05 ? "< 0.05" : j < 0.10 ? "0.05-0.10" : j < 0.25 ? "0.10-0.25 (vague dates)" : ">= 0.25";
    }

    private static String describe(String file, Telling t) {
        return file + "#" + t.n() + " " + t.source() + ">" + t.target() + " " + t.date().value() + " " + t.modality().code();
    }

    /** Why no event of its act's type carries this gold telling, or null when one does. */
    private static String extraction(ClusterGold gold, ClusterGold.Telling t, List<Stored<Event>> events) {
        String other = null;
        for (Stored<Event> s : events) {
            Event e = s.record();
            if (!ClusterEval.fileName(e.doc()).equals(t.file()) || !e.evidence().overlaps(t.start(), t.end())) {
                continue;
            }
            if (e.type() == gold.acts().get(t.act())) {
                return null;
            }
            other = e.type().name();
        }
        return other == null ? "extraction: no event in the gold sentence (telling)" : "extraction: only another type (telling)";
    }

    public String format() {
        StringBuilder sb = new StringBuilder("why tellings of one act are apart (pairs; tellings for extraction)\n");
        causes.forEach((cause, n) -> {
            sb.append(String.format(Locale.ROOT, "  %5d  %s%n", n, cause));
            examples.getOrDefault(cause, List.of()).forEach(e -> sb.append("           e.g. ").append(e).append('\n'));
        });
        return sb.toString().stripTrailing();
    }
}
