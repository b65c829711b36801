package dyad.store;

import dyad.model.Role;
import java.time.YearMonth;
import java.util.List;

/**
 * What the store counts of a pair's coverage ({@link Repository#coverage}).
 *
 * <p>A document is <em>about the pair</em> when it holds an event between the two countries (either
 * direction) or a relation state between them. A quote is about the pair when it stands in such a
 * document within {@link #NEAR} characters of the evidence of one of those events or relations:
 * a long text about many things quotes people on other matters too.
 *
 * @param documents per month of the document's date (null: not dated to the month), the documents and
 *                  their distinct publishers (by name, case ignored; documents without one count as
 *                  documents only); months without documents absent
 * @param total     all the documents counted, and their distinct publishers (not a sum of the months')
 * @param quotes    quotes about the pair per month (null: document not dated to the month), speaker's
 *                  country, role and name (each null when not known)
 */
public record CoverageCounts(List<DocumentCount> documents, DocumentCount total, List<QuoteCount> quotes) {

    /** How near to the pair's evidence a quote must begin or end to be about the pair: a paragraph or two either side. */
    public static final int NEAR = 1000;

    public CoverageCounts {
        documents = List.copyOf(documents);
        quotes = List.copyOf(quotes);
    }

    public record DocumentCount(YearMonth month, long documents, long publishers) {
    }

    public record QuoteCount(YearMonth month, String country, Role role, String speaker, long quotes) {
    }
}
