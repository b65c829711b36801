package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An undated past act told by a sentence opening with a pronoun goes on at the date the sentence before told. */
@Tag("models")
class PronounDatesTest {

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
    void withoutADateJustToldOrAPronounTheActStaysUndated() {
        assertThat(accusations("Ghana and Benin met Togo's envoys in Accra. They condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
        assertThat(accusations("On 4 May 2023 Ghana and Benin met Togo's envoys in Accra. Nigeria condemned Burkina Faso's raid."))
                .isNotEmpty().extracting(e -> e.date().known()).containsOnly(false);
    }
}
