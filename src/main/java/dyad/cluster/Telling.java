package dyad.cluster;

import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One event as clustering sees it: which document told it (and the document's original when it
 * is a copy), what act, between whom, when, how certainly, and the content words of its evidence.
 *
 * @param family    the document's original when it is a copy, else the document itself: tellings of one
 *                  family are one source
 * @param publisher the outlet, null when not known
 * @param reported  the document's date (its first day), null when not known
 * @param words     the evidence's content words ({@link EvidenceWords}), sorted, distinct
 */
public record Telling(long document, int n, long family, String publisher, LocalDate reported, PloverType type,
                      String source, String target, EventDate date, Modality modality, int[] words) {

    public Telling {
        if (type == null || date == null || modality == null || words == null) {
            throw new IllegalArgumentException("telling " + document + "-" + n + " needs type, date, modality and words");
        }
    }

    /** The telling of a stored event; its parties are states, or bodies by their code when no state. */
    public static Telling of(long document, int n, long family, String publisher, LocalDate reported,
                             dyad.model.Event e) {
        return new Telling(document, n, family, publisher, reported, e.type(), party(e.source()), party(e.target()),
                e.date(), e.modality(), EvidenceWords.of(e.evidence().text()));
    }

    private static String party(dyad.model.Actor a) {
        return a == null ? null : a.country() != null ? a.country() : a.org();
    }

    /** The parties as a block sees them: ordered, or sorted for a reciprocal act. */
    public String pair() {
        String a = source == null ? "-" : source;
        String b = target == null ? "-" : target;
        return type.reciprocal() && a.compareTo(b) > 0 ? b + ">" + a : a + ">" + b;
    }

    /** Whether both parties are known states or bodies: a telling with a missing party clusters with nothing. */
    public boolean placeable() {
        return source != null && target != null;
    }

    /** The first and last day this telling's act can have happened on, day tolerance aside; null when unknown and unreported. */
    public LocalDate[] span(ClusterSettings settings) {
        return switch (date.precision()) {
            case DAY -> new LocalDate[] {LocalDate.parse(date.value()), LocalDate.parse(date.value())};
            case MONTH -> {
                YearMonth m = YearMonth.parse(date.value());
                yield new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            case YEAR -> new LocalDate[] {LocalDate.of(date.yearValue(), 1, 1), LocalDate.of(date.yearValue(), 12, 31)};
            case UNKNOWN -> reported == null ? null
                    : new LocalDate[] {reported.minusDays(settings.undatedWindowDays()), reported};
        };
    }

    /** Dated to the day or the month. */
    public boolean precise() {
        return date.precision() == Precision.DAY || date.precision() == Precision.MONTH;
    }

    public String key() {
        return document + "-" + n;
    }
}
