package dyad.index;

/**
 * One match: a document, or an event or quote of a document ({@code recordKey} as in
 * {@link dyad.store.RecordKey}, null for documents). {@code snippet} is plain text (the caller
 * escapes it); {@code start}/{@code end} locate the evidence or quote in the document.
 */
public record SearchHit(SearchQuery.Kind kind, String documentHash, String documentName, String recordKey,
                        String title, String snippet, int start, int end, float score) {
}
