package dyad.index;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into Lucene queries. User text goes through
 * {@link SimpleQueryParser}, which never throws: words (all required), "phrases", -exclusions,
 * a|b alternatives, prefix*, and anything else is read as words.
 */
final class LuceneQueries {

    /** Where free text is looked for, and how much a match there counts. */
    private static final Map<String, Float> TEXT_WEIGHTS = Map.of(Fields.TEXT, 1.0f, Fields.ACTOR, 0.8f, Fields.LABEL, 0.5f);

    private final Analyzer analyzer;

    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The free-text part alone (what snippets highlight); match-all when there is no text. */
    Query text(SearchQuery q) {
        if (q.text() == null || q.text().isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_WEIGHTS);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(q.text());
    }

    /** The whole query: the text, and every filter as a non-scoring clause. */
    Query full(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(q), Occur.MUST);
        if (!q.kinds().isEmpty()) {
            b.add(anyOf(Fields.KIND, q.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()), Occur.FILTER);
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            Query phrase = new QueryBuilder(analyzer).createPhraseQuery(Fields.ACTOR, q.actor());
            b.add(phrase == null ? new MatchNoDocsQuery("actor has no words") : phrase, Occur.FILTER);
        }
        if (q.country() != null && !q.country().isBlank()) {
            b.add(new TermQuery(new Term(Fields.COUNTRY, q.country().trim().toUpperCase(Locale.ROOT))), Occur.FILTER);
        }
        if (!q.types().isEmpty()) {
            b.add(anyOf(Fields.TYPE, q.types().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        if (!q.modalities().isEmpty()) {
            b.add(anyOf(Fields.MODALITY, q.modalities().stream().map(m -> m.code()).toList()), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(field, terms);
    }
}
