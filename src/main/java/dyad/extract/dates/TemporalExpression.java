package dyad.extract.dates;

import dyad.model.EventDate;
import dyad.model.Span;
import java.util.Objects;

/** A time expression in a text and the date it resolves to. */
public record TemporalExpression(Span span, EventDate date, Kind kind) {

    /** What the expression needs to be resolved. */
    public enum Kind {
        /** A full or partial calendar date: "January 3, 2026", "in January", "2017". */
        EXPLICIT,
        /** Counted from an earlier date or from the writing date: "two months later", "last year", "on Monday". */
        RELATIVE,
        /** The act is contemporaneous with the document: "currently", "now", "today". */
        PRESENT,
        /** Temporal, but names no date: "recently", "for years". */
        VAGUE
    }

    public TemporalExpression {
        Objects.requireNonNull(span, "span is required");
        Objects.requireNonNull(date, "date is required (use EventDate.UNKNOWN)");
        Objects.requireNonNull(kind, "kind is required");
        if (kind == Kind.VAGUE && date.known()) {
            throw new IllegalArgumentException(
                    "vague expression '" + span.text() + "' cannot carry date " + date.value());
        }
    }

    /**
     * Whether later relative expressions count from this one. "Currently" names no point in the story, so
     * "the letter of November 13 ... currently ... two months later" still counts from November 13.
     */
    public boolean anchors() {
        return date.known() && kind != Kind.PRESENT;
    }
}
