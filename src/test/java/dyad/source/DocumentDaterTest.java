package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDaterTest {

    private final DocumentDater dater = new DocumentDater();

    private static EventDate day(int y, int m, int d) {
        return EventDate.day(LocalDate.of(y, m, d));
    }

    // ---- a date line near the top ---------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"January 8, 2026", "8 January 2026", "2026-01-08", "Jan. 8, 2026", "Jan 8 2026",
        "Thursday, January 8, 2026", "January 8th, 2026", "**January 8, 2026**", "## 8 Jan 2026", "JANUARY 8, 2026."})
    void aLineThatIsOnlyADateNearTheTopIsTheDocumentDate(String line) {
        String text = "\n\n" + line + "\n\nDear Minister,\n\nWe write about the talks of January 3, 2025.";
        assertThat(dater.dateOf(text)).isEqualTo(day(2026, 1, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accra, 18 June 2024", "New York, NY, June 18, 2024", "Date: 18 June 2024",
            "**Port Louis, 18 June 2024**"})
    void aLettersPlaceAndDateLineIsTheDocumentDate(String line) {
        assertThat(dater.dateOf("Open letter\n\n" + line + "\n\nDear Minister,\nWe write.\n"))
                .isEqualTo(EventDate.day(LocalDate.of(2024, 6, 18)));
    }

    @Test
    void aSentenceBeforeADateIsNoPlace() {
        assertThat(dater.dateOf("We wrote to you, and you promised a reply by, 18 June 2024\n"))
                .isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void aDateInsideASentenceIsNotADateLine() {
        assertThat(dater.dateOf("On January 3, 2026 the envoys met.\nThey agreed.")).isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void onlyTheFirstTenNonEmptyLinesCount() {
        String text = "Line\n\n".repeat(10) + "January 8, 2026\n";
        assertThat(dater.dateOf(text)).isEqualTo(EventDate.UNKNOWN);
        assertThat(dater.dateOf("Line\n\n".repeat(9) + "January 8, 2026\n")).isEqualTo(day(2026, 1, 8));
    }

    @Test
    void anImpossibleDateIsIgnored() {
        assertThat(dater.dateOf("February 30, 2026\n\nText.")).isEqualTo(EventDate.UNKNOWN);
    }

    // ---- datelines and publication stamps -------------------------------------------------

    @Test
    void aDatelineTakesItsYearFromThePublishedLine() {
        String text = "Dec. 1 (Bloomberg) — Canada is seeking ties.\nMore text.\nPublished: December 2, 2023 at 9:15 a.m.";
        assertThat(dater.dateOf(text)).isEqualTo(day(2023, 12, 1));
    }

    @Test
    void aDatelineLaterInTheYearThanThePublishedDateBelongsToTheYearBefore() {
        String text = "Updated January 1, 2024\nDec. 31 (AP) — Officials met.";
        assertThat(dater.dateOf(text)).isEqualTo(day(2023, 12, 31));
    }

    @Test
    void aDatelineWithItsOwnYearNeedsNoStamp() {
        assertThat(dater.dateOf("OTTAWA, Jan. 5, 2024 (AP) — Officials met.")).isEqualTo(day(2024, 1, 5));
    }

    @Test
    void aDatelineWithoutAnyYearGivesNoDate() {
        assertThat(dater.dateOf("Dec. 1 (Bloomberg) — Canada is seeking ties.")).isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void aPublishedOrPostedLineDatesTheDocument() {
        assertThat(dater.dateOf("Envoys met.\nPosted on March 3, 2024 by staff")).isEqualTo(day(2024, 3, 3));
        assertThat(dater.dateOf("Envoys met.\n*Published:* 2024-03-03T10:00Z")).isEqualTo(day(2024, 3, 3));
        assertThat(dater.dateOf("Envoys met.\nFirst published 3 March 2024")).isEqualTo(day(2024, 3, 3));
        assertThat(dater.dateOf("Published in March 2024\nEnvoys met.")).isEqualTo(EventDate.month(YearMonth.of(2024, 3)));
    }

    @Test
    void aPublishedLineWinsOverAnUpdatedLine() {
        String text = "Updated: March 9, 2024\nPublished: March 3, 2024\nEnvoys met.";
        assertThat(dater.dateOf(text)).isEqualTo(day(2024, 3, 3));
        assertThat(dater.dateOf("Envoys met.\nLast updated: March 9, 2024")).isEqualTo(day(2024, 3, 9));
    }

    @Test
    void aSentenceStartingWithPostedIsNotAStamp() {
        assertThat(dater.dateOf("Posted at the border, troops waited.")).isEqualTo(EventDate.UNKNOWN);
    }

    // ---- month precision and unknown ------------------------------------------------------

    @Test
    void aMonthAndYearLineGivesMonthPrecision() {
        assertThat(dater.dateOf("Quarterly bulletin\nJanuary 2024\n\nThe envoys met.")).isEqualTo(EventDate.month(YearMonth.of(2024, 1)));
    }

    @Test
    void aDayLineWinsOverAMonthLine() {
        assertThat(dater.dateOf("January 2024\nJanuary 8, 2024\n\nText.")).isEqualTo(day(2024, 1, 8));
    }

    @Test
    void noDateAnywhereIsUnknown() {
        assertThat(dater.dateOf("The envoys met in 2017 and again in May.")).isEqualTo(EventDate.UNKNOWN);
    }

    // ---- --doc-date ----------------------------------------------------------------------

    @Test
    void parsesUserDatesAtEachPrecision() {
        assertThat(DocumentDater.parseUserDate("2026-01-08")).isEqualTo(day(2026, 1, 8));
        assertThat(DocumentDater.parseUserDate("2026-01")).isEqualTo(EventDate.month(YearMonth.of(2026, 1)));
        assertThat(DocumentDater.parseUserDate("2026")).isEqualTo(EventDate.year(2026));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "yesterday", "2026-1-8", "08/01/2026", "2026-02-30", "2026-13", "20260108"})
    void rejectsAnyOtherUserDateNamingTheOption(String value) {
        assertThatThrownBy(() -> DocumentDater.parseUserDate(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--doc-date must be YYYY, YYYY-MM or YYYY-MM-DD: '" + value + "'");
    }
}
