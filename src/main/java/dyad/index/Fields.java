package dyad.index;

/** Names of the index's fields: one Lucene document per Dyad document, event and quote. */
final class Fields {

    /** The content hash of the Dyad document an entry belongs to: the key for replace and remove. */
    static final String HASH = "hash";
    /** The document's name (records' {@code doc}); stored. */
    static final String DOC_NAME = "doc_name";
    /** The record key ({@code 12-3}); absent for documents. */
    static final String KEY = "key";
    /** document / event / quote: keyword, facet. */
    static final String KIND = "kind";
    static final String TITLE = "title";
    /** The searchable text: the document's text, the event's evidence sentence, the quoted words; stored for snippets. */
    static final String TEXT = "text";
    /** Actor names and mention texts (source, target, speaker); searched by free text and the actor filter. */
    static final String ACTOR = "actor";
    /** Type, mode, modality, speech verb, countries, document name: searched by free text with a low weight. */
    static final String LABEL = "label";
    /** ISO3 codes of every participant: keyword, facet. */
    static final String COUNTRY = "country";
    /** PLOVER type (events): keyword, facet. */
    static final String TYPE = "type";
    /** Modality code (events): keyword, facet. */
    static final String MODALITY = "modality";
    /** Year of the date: facet. */
    static final String YEAR = "year";
    /** First day of the date as an epoch day: range filter and sort. */
    static final String DAY = "day";
    /** Where the text (evidence, quote) lies in the document. */
    static final String START = "start";
    static final String END = "end";

    /**
     * Every facet value of an entry in one sorted-set doc values field, as dimension, unit
     * separator, value: counting reads one field per match instead of one per dimension.
     */
    static final String FACET = "facet";
    static final char FACET_SEPARATOR = '\u001F';

    /** Facet dimensions, in the order results list them. */
    static final String[] FACETS = {KIND, TYPE, COUNTRY, MODALITY, YEAR};

    private Fields() {
    }
}
