package dyad.cluster;

import dyad.model.Modality;
import dyad.model.Precision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether two tellings tell the same act, and how alike they are. Same PLOVER type; same parties
 * (in either order for a reciprocal act); modalities that can be one act (asserted and negated
 * can: one source denies what another reports, which the cluster shows as a conflict; an
 * announced intention is the act done; a hypothesis joins only its like); dates that can mean one day — two day dates
 * at most {@link ClusterSettings#dayTolerance()} apart, a month or a year containing the other
 * date, an undated telling the weeks before its report; and evidence words alike enough, more
 * so when the dates say little. Tellings of one family (a document and its copies) are alike by
 * definition.
 */
public final class SameAct {

    /** Why two tellings are not one act: the first test they fail, in the order {@link #verdict} tries them. */
    public enum Mismatch {
        TYPE, PARTY_MISSING, PARTIES_SWAPPED, PARTIES, MODALITY, DATES, WORDS
    }

    private final ClusterSettings settings;

    public SameAct(ClusterSettings settings) {
        this.settings = settings;
    }

    /** How alike the two are (0..1) when they can be one act, else -1. */
    public double score(Telling a, Telling b) {
        return verdict(a, b) == null ? similarity(a, b) : -1;
    }

    /** The first reason the two cannot be one act, or null when they can. */
    public Mismatch verdict(Telling a, Telling b) {
        if (a.type() != b.type()) {
            return Mismatch.TYPE;
        }
        if (!a.placeable() || !b.placeable()) {
            return Mismatch.PARTY_MISSING;
        }
        if (!a.pair().equals(b.pair())) {
            return a.source().equals(b.target()) && a.target().equals(b.source()) ? Mismatch.PARTIES_SWAPPED : Mismatch.PARTIES;
        }
        if (!modalitiesFit(a.modality(), b.modality())) {
            return Mismatch.MODALITY;
        }
        if (!datesFit(a, b)) {
            return Mismatch.DATES;
        }
        return similarity(a, b) >= wordsNeeded(a, b) ? null : Mismatch.WORDS;
    }

    private static double similarity(Telling a, Telling b) {
        if (a.family() == b.family() && a.document() != b.document()) {
            return 1; // a copy tells what its original tells
        }
        return EvidenceWords.jaccard(a.words(), b.words());
    }

    private double wordsNeeded(Telling a, Telling b) {
        return a.precise() && b.precise() ? settings.wordSimilarity() : settings.vagueWordSimilarity();
    }

    /**
     * Only a hypothesis keeps to its like: an announced act ("will expel") is the act that later
     * reports say was done, and a denial disputes the act the other sources assert.
     */
    static boolean modalitiesFit(Modality a, Modality b) {
        return a == b || a != Modality.HYPOTHETICAL && b != Modality.HYPOTHETICAL;
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
