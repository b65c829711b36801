package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An undated past act goes on at the date the sentence before told: always after a pronoun subject, and for an act
 * in the simple past when that date is a day or a month other than the writing date.
 */
@Tag("models")
class StoryDatesTest {

    private static List<Event> accusations(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class).stream()
                .filter(e -> e.type() == PloverType.ACCUSE).toList();
    }

    @Test
    void aPronounSubjectGoesOnAtTheDateJustTold() {
        assertThat(accusations("On 4 May 2023 Ghana and Benin met Togo's envoys in Accra. They condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().value(), e -> e.date().precision())
                .containsOnly(tuple("2023-05-04", Precision.DAY));
    }

    @Test
    void aSimplePastActGoesOnAtTheDayOrMonthJustTold() {
        assertThat(accusations("On 4 May 2023 Ghana and Benin met Togo's envoys in Accra. Nigeria condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().value(), e -> e.date().precision())
                .containsOnly(tuple("2023-05-04", Precision.DAY));
        assertThat(accusations("In March 1998 Peru recalled its ambassador from Ecuador. Chile condemned Ecuador's decree."))
                .isNotEmpty().extracting(e -> e.date().value(), e -> e.date().precision())
                .containsOnly(tuple("1998-03", Precision.MONTH));
    }

    @Test
    void withoutADayOrMonthJustToldTheActStaysUndated() {
        assertThat(accusations("Ghana and Benin met Togo's envoys in Accra. They condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
        // a year is too coarse to carry: the next sentence may be background
        assertThat(accusations("In 2011 Norway opened an embassy in Hanoi. Sweden condemned Vietnam's crackdown."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
        // only the sentence just before carries its date
        assertThat(accusations("On 2 July 2019 Fiji hosted Samoa's premier in Suva. The visit lasted three days. "
                + "Tonga condemned Fiji's fishing rules."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
    }

    @Test
    void aPerfectActIsNotTheStorysNextStep() {
        assertThat(accusations("On 4 May 2023 Ghana and Benin met Togo's envoys in Accra. Nigeria has condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
    }

    @Test
    void aDefiniteNounTakesUpItsActsDateButABarePluralIsANewAct() {
        List<Event> talks = SharedModels.records("On 3 March 2015 Kenya held talks with Somalia in Nairobi.\n\n"
                        + "The border dispute has worsened since then. Kenya will hold follow-up talks with Somalia, officials say.\n\n"
                        + "Kenya has described the talks with Somalia as useful.\n", "2016-05-20", Event.class).stream()
                .filter(e -> e.type() == PloverType.CONSULT && "KEN".equals(e.source().country())).toList();
        assertThat(talks).extracting(e -> e.evidence().text().substring(0, 12), e -> e.date().value())
                .containsExactly(tuple("On 3 March 2", "2015-03-03"), tuple("Kenya will h", null), tuple("Kenya has de", "2015-03-03"));
    }

    @Test
    void aPlanReportedOnAPastDayIsDatedByThatSayingNotAfterTheWriting() {
        List<Event> eased = SharedModels.records("On June 11, Saudi Arabia said it would ease the travel ban on Qatar.",
                "2024-05-05", Event.class);
        assertThat(eased).filteredOn(e -> e.type() == PloverType.CONCEDE)
                .extracting(e -> e.date().value()).containsExactly("2023-06-11");
        List<Event> talks = SharedModels.records("Saudi Arabia said on Monday it would hold talks with Qatar in July.",
                "2024-05-05", Event.class);
        assertThat(talks).filteredOn(e -> e.type() == PloverType.CONSULT)
                .extracting(e -> e.date().value(), e -> e.date().precision()).containsExactly(tuple("2024-07", Precision.MONTH));
    }

    @Test
    void aHeadlinesUndatedActsAreTheDaysNews() {
        List<Event> events = SharedModels.records("Kenya to challenge Ugandan sugar duties at EAC court, weighs retaliation\n\n"
                + "Kenya recalled its trade attaché in 2019.", "2024-05-05", Event.class);
        assertThat(events).filteredOn(e -> e.evidence().text().startsWith("Kenya to challenge")).isNotEmpty()
                .extracting(e -> e.date().value(), e -> e.date().precision()).containsOnly(tuple("2024-05-05", Precision.DAY));
    }

    @Test
    void aPerfectThatTellsHowThingsStandIsDatedToTheWriting() {
        List<Event> events = SharedModels.records("Colombia has not apologised to Venezuela. Colombia has recalled its envoy "
                + "from Caracas. Norway, which has been trying to mediate between Colombia and Venezuela, sent a new envoy.",
                "2024-05-05", Event.class);
        assertThat(events).filteredOn(e -> e.evidence().text().startsWith("Colombia has not")).isNotEmpty()
                .extracting(e -> e.date().value()).containsOnly("2024-05-05");
        assertThat(events).filteredOn(e -> e.evidence().text().startsWith("Colombia has recalled")).isNotEmpty()
                .extracting(e -> e.date().value()).containsOnly((String) null);
        assertThat(events).filteredOn(e -> e.evidence().text().startsWith("Norway") && e.modality() == dyad.model.Modality.INTENDED)
                .isNotEmpty().extracting(e -> e.date().value()).containsOnly("2024-05-05");
    }
}
