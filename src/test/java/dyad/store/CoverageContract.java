package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Role;
import dyad.store.CoverageCounts.DocumentCount;
import dyad.store.CoverageCounts.QuoteCount;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Repository#coverage} on each engine, over {@link CoverageFixtures}' documents. */
abstract class CoverageContract {

    protected Repository repo;

    protected abstract Repository openEmpty() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        repo = openEmpty();
        repo.write(CoverageFixtures.documents());
    }

    @AfterEach
    void close() {
        if (repo != null) { // null when the store could not be had (no PostgreSQL: the test is skipped)
            repo.close();
        }
    }

    @Test
    void documentsAndPublishersPerMonthOfPublication() {
        CoverageCounts c = repo.coverage(CoverageQuery.of("COL", "VEN"));
        assertThat(c.documents()).containsExactly(
                new DocumentCount(null, 1, 0),                   // dated only to 2024, no publisher
                new DocumentCount(YearMonth.of(2025, 1), 2, 1),  // Reuters and reuters: one publisher
                new DocumentCount(YearMonth.of(2025, 3), 1, 1)); // a relation alone makes a document about the pair
        assertThat(c.total()).isEqualTo(new DocumentCount(null, 4, 2));
    }

    @Test
    void quotesNearThePairsEvidenceWithTheirSpeakers() {
        CoverageCounts c = repo.coverage(CoverageQuery.of("COL", "VEN"));
        assertThat(c.quotes()).containsExactlyInAnyOrder(
                new QuoteCount(YearMonth.of(2025, 1), "VEN", Role.GOV, "Delcy Rodríguez", 1),
                new QuoteCount(YearMonth.of(2025, 1), "COL", Role.GOV, "Gustavo Petro", 1),
                new QuoteCount(YearMonth.of(2025, 1), null, null, null, 1),
                new QuoteCount(YearMonth.of(2025, 3), "VEN", Role.OPP, "María Corina Machado", 1),
                new QuoteCount(null, null, Role.IGO, "Jane Roe", 1));
        // the activist quoted far from the events, and Petro on the United States, are not about the pair
        assertThat(c.quotes()).extracting(QuoteCount::speaker).doesNotContain("Ana Gómez");
        assertThat(c.quotes()).filteredOn(q -> "Gustavo Petro".equals(q.speaker())).extracting(QuoteCount::quotes)
                .containsExactly(1L);
    }

    @Test
    void aPairHasNoDirection() {
        CoverageCounts forward = repo.coverage(CoverageQuery.of("COL", "VEN"));
        CoverageCounts back = repo.coverage(CoverageQuery.of("VEN", "COL"));
        assertThat(back.documents()).isEqualTo(forward.documents());
        assertThat(back.total()).isEqualTo(forward.total());
        assertThat(back.quotes()).containsExactlyInAnyOrderElementsOf(forward.quotes());
    }

    @Test
    void monthsBoundTheDocumentsAndLeaveOutThoseNotDatedToAMonth() {
        CoverageCounts c = repo.coverage(new CoverageQuery("COL", "VEN", YearMonth.of(2025, 1), YearMonth.of(2025, 2)));
        assertThat(c.documents()).containsExactly(new DocumentCount(YearMonth.of(2025, 1), 2, 1));
        assertThat(c.total()).isEqualTo(new DocumentCount(null, 2, 1));
        assertThat(c.quotes()).hasSize(3).allMatch(q -> YearMonth.of(2025, 1).equals(q.month()));
        CoverageCounts later = repo.coverage(new CoverageQuery("COL", "VEN", YearMonth.of(2025, 2), null));
        assertThat(later.documents()).containsExactly(new DocumentCount(YearMonth.of(2025, 3), 1, 1));
    }

    @Test
    void aPairNobodyWritesAboutIsEmpty() {
        CoverageCounts c = repo.coverage(CoverageQuery.of("VEN", "USA"));
        assertThat(c.documents()).isEmpty();
        assertThat(c.quotes()).isEmpty();
        assertThat(c.total()).isEqualTo(new DocumentCount(null, 0, 0));
        assertThat(repo.coverage(CoverageQuery.of("COL", "USA")).total()).isEqualTo(new DocumentCount(null, 1, 1));
    }
}
