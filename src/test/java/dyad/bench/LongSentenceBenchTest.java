package dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dyad.extract.SharedModels;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Extraction;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One sentence with no end costs time in proportion to its length, like ordinary text: bounds
 * against baselines measured in the same run, generous (linear is a ratio of 4 to the shorter
 * sentence and about 1 to ordinary text; parsing it whole took minutes at 200,000 characters).
 */
@Tag("models")
class LongSentenceBenchTest {

    @Test
    void aSentenceWithNoEndCostsAboutWhatOrdinaryTextOfItsLengthCosts() {
        LongSentenceBench bench = new LongSentenceBench();
        Extraction warm = SharedModels.get().extractor().extractWithNotes(
                new Document("warm.txt", LongSentenceBench.ordinary(4_000), EventDate.UNKNOWN));
        assertThat(warm.notes()).isEmpty();

        LongSentenceBench.Result r = assertTimeoutPreemptively(Duration.ofSeconds(180),
                () -> bench.run(SharedModels.get().extractor(), 10_000));

        String timing = String.format("%.2f s for %,d characters in one sentence, %.2f s for four times as many, "
                + "%.2f s for those in ordinary sentences", r.seconds(), r.chars(), r.longSeconds(), r.ordinarySeconds());
        assertThat(r.longSeconds()).as(timing).isLessThan(8 * r.seconds() + 2);
        assertThat(r.longSeconds()).as(timing).isLessThan(4 * r.ordinarySeconds() + 2);
        assertThat(r.longNotes()).as("the cut is noted").isEqualTo(1);
        assertThat(r.longRecords()).as("the acts in the long sentence are still found").isGreaterThan(50);
    }
}
