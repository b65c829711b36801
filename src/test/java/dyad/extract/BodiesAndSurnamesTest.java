package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Officials "of" an international body act for it ("leaders of ECOWAS"), and people whose
 * names put the family name first are named later by that name ("Wang Yi" … "Wang").
 */
@Tag("models")
class BodiesAndSurnamesTest {

    private static List<Event> events(String text, String date) {
        return SharedModels.records(text, date, Event.class);
    }

    @Test
    void officialsOfAnInternationalBodyActForTheBody() {
        String text = "On Monday, leaders of the Economic Community of West African States closed their borders with Togo.";
        assertThat(events(text, "2024-06-03")).filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.source().org(), e -> e.source().text(), e -> e.target().country())
                .containsExactly(tuple("ECOWAS", "leaders of the Economic Community of West African States", "TGO"));
    }

    @Test
    void theirAfterOfficialsOfABodyIsTheBody() {
        String text = "The foreign ministers of the African Union, at their meeting in May, condemned Ethiopia.";
        assertThat(events(text, "2021-06-03")).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().org(), e -> e.target().country())
                .containsExactly(tuple("AU", "ETH"));
    }

    @Test
    void aChineseOrKoreanNameIsTakenUpAgainByItsFirstWord() {
        String text = "Chinese Foreign Minister Wang Yi arrived in Canberra on Monday. "
                + "On Tuesday Wang criticised Australia over its new tariffs.";
        assertThat(events(text, "2024-06-05")).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().text(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple("Wang", "CHN", "AUS"));
    }

    @Test
    void aSurnameWithItsArabicArticleIsTakenUpWithoutIt() {
        String text = "Syrian President Bashar al-Assad received Iraqi envoys in Damascus on Sunday. "
                + "Assad later accused Turkey of arming the rebels.";
        assertThat(events(text, "2012-06-05")).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().text(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple("Assad", "SYR", "TUR"));
    }

    @Test
    void aSurnameAsTheDocumentWroteItNamesAPersonKnownByALongerName() {
        String text = "Foreign Minister Bruno Rodríguez of Cuba flew to Caracas on Monday. "
                + "Rodríguez later thanked Venezuela for its support.";
        assertThat(events(text, "2015-06-05")).filteredOn(e -> e.type() == PloverType.SUPPORT)
                .extracting(e -> e.source().text(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple("Rodríguez", "CUB", "VEN"));
    }
}
