package dyad.accountability;

import java.time.LocalDate;

/** A later letter ({@code by}, its id) reporting that this one was still unanswered on {@code asOf}. */
public record NoReplyClaim(String by, LocalDate asOf) {
}
