package dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.index.LuceneSearchIndex;
import dyad.index.SearchQuery;
import dyad.index.SearchResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchBenchTest {

    @Test
    void indexesTheSyntheticCorpusAndTimesEveryKindOfQuery() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchBench.Result r = new SearchBench().run(index, 40, 5, 3, 11, null);

            assertThat(r.documents()).isEqualTo(40);
            assertThat(r.events()).isBetween(40L, 200L);
            SearchResult all = index.search(new SearchQuery(null, Set.of(SearchQuery.Kind.EVENT), null, null, null, null,
                    null, null, 0, 1));
            assertThat(all.total()).isEqualTo(r.events());
            assertThat(index.search(SearchQuery.text("\"held talks with\"")).total()).isPositive();
            assertThat(r.latencies()).extracting(SearchBench.Latency::name).containsExactly(
                    "baseline: everything, first page", "one word", "two words", "phrase", "word + country",
                    "filters only: country, type, year", "actor phrase", "mix of all the above");
            assertThat(r.latencies()).allSatisfy(l -> {
                assertThat(l.queries()).isEqualTo(3);
                assertThat(l.p50Millis()).isPositive().isLessThanOrEqualTo(l.p95Millis());
                assertThat(l.p95Millis()).isLessThanOrEqualTo(l.maxMillis());
            });
            assertThat(r.p95RatioToBaseline()).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        try (LuceneSearchIndex a = LuceneSearchIndex.inMemory(); LuceneSearchIndex b = LuceneSearchIndex.inMemory()) {
            assertThat(new SearchBench().run(a, 10, 4, 1, 5, null).events())
                    .isEqualTo(new SearchBench().run(b, 10, 4, 1, 5, null).events());
            assertThat(a.search(SearchQuery.text("canada")).total()).isEqualTo(b.search(SearchQuery.text("canada")).total());
        }
    }

    @Test
    void aBatchedRunIndexesTheSameCorpusWithOneCommit() {
        try (LuceneSearchIndex a = LuceneSearchIndex.inMemory(); LuceneSearchIndex b = LuceneSearchIndex.inMemory()) {
            SearchBench.Result each = new SearchBench().run(a, 30, 4, 1, 9, null);
            SearchBench.Result batched = new SearchBench().runBatched(b, 30, 4, 1, 9, null);
            assertThat(batched.events()).isEqualTo(each.events());
            assertThat(b.search(SearchQuery.text("")).total()).isEqualTo(a.search(SearchQuery.text("")).total())
                    .isEqualTo(30 + each.events());
        }
    }

    @Test
    void refusesAnEmptyRun() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            assertThatThrownBy(() -> new SearchBench().run(index, 0, 1, 1, 1, null))
                    .hasMessage("search bench: documents, events per document and queries must be >= 1");
        }
    }
}
