package dyad.accountability;

/**
 * How one recipient answers letters.
 *
 * @param medianDaysToReply median days from sending to the first accepted answer; null when none is dated
 * @param shareUnanswered   unanswered letters / letters
 */
public record RecipientStats(String recipient, String country, int letters, int answered, int unanswered, int overdue,
                             Double medianDaysToReply, double shareUnanswered) {
}
