package dyad.cluster;

import dyad.model.Modality;
import dyad.model.Precision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether two tellings tell the same act, and how alike they are. Same PLOVER type; same parties
 * (in either order for a reciprocal act); modalities that can be one act (asserted and negated
 * can: one source denies what another reports, which the cluster shows as a conflict; an
 * intention or a hypothesis joins only its like); dates that can mean one day — two day dates
 * at most {@link ClusterSettings#dayTolerance()} apart, a month or a year containing the other
 * date, an undated telling the weeks before its report; and evidence words alike enough, more
 * so when the dates say little. Tellings of one family (a document and its copies) are alike by
 * definition.
 */
public final class SameAct {

    private final ClusterSettings settings;

    public SameAct(ClusterSettings settings) {
        this.settings = settings;
    }

    /** How alike the two are (0..1) when they can be one act, else -1. */
    public double score(Telling a, Telling b) {
        if (a.type() != b.type() || !a.placeable() || !b.placeable() || !a.pair().equals(b.pair())
                || !modalitiesFit(a.modality(), b.modality()) || !datesFit(a, b)) {
            return -1;
        }
        if (a.family() == b.family() && a.document() != b.document()) {
            return 1; // a copy tells what its original tells
        }
        double words = EvidenceWords.jaccard(a.words(), b.words());
        double needed = a.precise() && b.precise() ? settings.wordSimilarity() : settings.vagueWordSimilarity();
        return words >= needed ? words : -1;
    }

    static boolean modalitiesFit(Modality a, Modality b) {
        return a == b || factual(a) && factual(b);
    }

    private static boolean factual(Modality m) {
        return m == Modality.ASSERTED || m == Modality.NEGATED;
    }

    boolean datesFit(Telling a, Telling b) {
        if (a.date().precision() == Precision.DAY && b.date().precision() == Precision.DAY) {
            return Math.abs(ChronoUnit.DAYS.between(a.date().firstDay(), b.date().firstDay())) <= settings.dayTolerance();
        }
        LocalDate[] x = a.span(settings);
        LocalDate[] y = b.span(settings);
        if (x == null || y == null) {
            return x == null && y == null; // undated and unreported: only with its like
        }
        return !x[0].isAfter(y[1]) && !y[0].isAfter(x[1]);
    }

    /** Two day dates that differ: the same act dated differently by two sources. */
    static boolean datesDiffer(Telling a, Telling b) {
        return a.date().precision() == Precision.DAY && b.date().precision() == Precision.DAY
                && !a.date().value().equals(b.date().value());
    }
}
