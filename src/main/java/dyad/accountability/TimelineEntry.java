package dyad.accountability;

import java.time.LocalDate;

/**
 * One dated step in a letter's story, for timelines and feeds.
 *
 * @param kind   sent | overdue | very_overdue | replied | acknowledged | refused | answer_reported |
 *               no_reply_reported | evidence | decision | decision_needs_a_person (feeds only: a decision that
 *               could not follow its letter to its file's new version; letterId is a letter that file holds
 *               now, or empty)
 * @param ref    the id of the record behind it (reply letter, event, citing letter, decision number), or null
 * @param detail a line for the reader (the evidence sentence, the reason of a decision, …)
 */
public record TimelineEntry(LocalDate date, String letterId, String kind, String ref, String detail) {
}
