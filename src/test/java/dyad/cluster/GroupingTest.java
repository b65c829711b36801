package dyad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How tellings of many outlets fall into clusters, in memory, as a rebuild groups them. */
class GroupingTest {

    private final Grouping grouping = new Grouping(ClusterSettings.DEFAULTS);
    private final List<Long> numbers = new ArrayList<>();
    private long document;

    /** A one-event report published on {@code reported}: the act dated {@code date} ("" when undated). */
    private int tell(String reported, PloverType type, String source, String target, String date, Modality modality,
                     String sentence) {
        document++;
        EventDate d = date.isEmpty() ? EventDate.UNKNOWN : switch (date.length()) {
            case 4 -> new EventDate(date, Precision.YEAR);
            case 7 -> new EventDate(date, Precision.MONTH);
            default -> new EventDate(date, Precision.DAY);
        };
        Telling t = new Telling(document, 0, document, "outlet " + document, LocalDate.parse(reported), type, source,
                target, d, modality, EvidenceWords.of(sentence));
        numbers.add(grouping.add(t));
        return numbers.size() - 1;
    }

    private long cluster(int telling) {
        return grouping.current(numbers.get(telling));
    }

    @Test
    void aTellingLikeTwoClustersOfOneActMergesThem() {
        int a = tell("2024-03-12", PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED,
                "Ghana expelled the Ivorian ambassador on Monday.");
        int b = tell("2024-03-12", PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED,
                "Accra ordered Abidjan's envoy out over border incursions.");
        assertThat(cluster(a)).isNotEqualTo(cluster(b)); // no content word in common
        int c = tell("2024-03-13", PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED,
                "Ghana ordered the Ivorian envoy out of Accra on Monday over border incursions.");
        assertThat(List.of(cluster(a), cluster(b), cluster(c))).containsOnly(cluster(a));
    }

    @Test
    void anotherOccasionOfTheSamePairStaysApartEvenThroughAnUndatedTelling() {
        int first = tell("2023-06-02", PloverType.ACCUSE, "PAK", "AFG", "2023-06-01", Modality.ASSERTED,
                "Pakistan accused Afghanistan of sheltering militants after the Chitral attack.");
        int second = tell("2023-06-08", PloverType.ACCUSE, "PAK", "AFG", "2023-06-07", Modality.ASSERTED,
                "Pakistan accused Afghanistan of sheltering militants after the Zhob attack.");
        assertThat(cluster(first)).isNotEqualTo(cluster(second)); // six days apart: two accusations
        int vague = tell("2023-06-20", PloverType.ACCUSE, "PAK", "AFG", "", Modality.ASSERTED,
                "Pakistan has accused Afghanistan of sheltering militants.");
        assertThat(cluster(first)).isNotEqualTo(cluster(second)); // fits both, chains neither
        assertThat(cluster(vague)).isIn(cluster(first), cluster(second));
    }

    @Test
    void anAnnouncedActJoinsTheActDoneButAHypothesisKeepsToItself() {
        int announced = tell("2022-09-05", PloverType.SANCTION, "MLI", "CIV", "2022-09-05", Modality.INTENDED,
                "Mali will expel the soldiers of Ivory Coast held since July, the junta said.");
        int done = tell("2022-09-06", PloverType.SANCTION, "MLI", "CIV", "2022-09-05", Modality.ASSERTED,
                "Mali expelled the Ivorian soldiers held since July.");
        int hypothesis = tell("2022-09-06", PloverType.SANCTION, "MLI", "CIV", "2022-09-05", Modality.HYPOTHETICAL,
                "Mali could expel the Ivorian soldiers if talks fail.");
        assertThat(cluster(done)).isEqualTo(cluster(announced));
        assertThat(cluster(hypothesis)).isNotEqualTo(cluster(done));
    }

    @Test
    void anAnalysisMonthsLaterRecallsTheActUndatedOrByItsYear() {
        int act = tell("2019-01-24", PloverType.SANCTION, "VEN", "USA", "2019-01-23", Modality.ASSERTED,
                "Venezuela broke diplomatic relations with the United States and gave its diplomats 72 hours to leave.");
        int undated = tell("2019-05-30", PloverType.SANCTION, "VEN", "USA", "", Modality.ASSERTED,
                "Since Caracas broke diplomatic relations with Washington, the embassy has stood empty.");
        int byYear = tell("2020-02-01", PloverType.SANCTION, "VEN", "USA", "2019", Modality.ASSERTED,
                "In 2019 Venezuela broke relations with the United States.");
        int later = tell("2019-09-15", PloverType.SANCTION, "VEN", "USA", "2019-09-14", Modality.ASSERTED,
                "Venezuela froze the assets of two American oil companies on Saturday.");
        assertThat(cluster(undated)).isEqualTo(cluster(act));
        assertThat(cluster(byYear)).isEqualTo(cluster(act));
        assertThat(cluster(later)).isNotEqualTo(cluster(act));
    }

    @Test
    void anActAcrossAMonthBoundaryIsOneCluster() {
        int end = tell("2021-09-01", PloverType.SANCTION, "DZA", "MAR", "2021-08-31", Modality.ASSERTED,
                "Algeria cut diplomatic ties with Morocco over hostile actions.");
        int start = tell("2021-09-02", PloverType.SANCTION, "DZA", "MAR", "2021-09-01", Modality.ASSERTED,
                "Algiers severed ties with Rabat, citing hostile actions.");
        int month = tell("2021-10-10", PloverType.SANCTION, "DZA", "MAR", "2021-08", Modality.ASSERTED,
                "In August Algeria cut its ties with Morocco.");
        assertThat(List.of(cluster(start), cluster(month))).containsOnly(cluster(end));
    }
}
