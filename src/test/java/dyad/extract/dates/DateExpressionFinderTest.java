package dyad.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import dyad.model.Precision;
import dyad.model.Span;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionFinderTest {

    private static final DateExpressionFinder FINDER = new DateExpressionFinder(DateLexicon.load());

    /** A Thursday. */
    private static final String JAN_8_2026 = "2026-01-08";
    private static final String DEC_1_2023 = "2023-12-01";
    private static final String JAN_2024 = "2024-01";

    private static List<TemporalExpression> find(String text, String documentDate, String anchor) {
        return FINDER.find(text, 0, text.length(), DateFixture.date(documentDate), DateFixture.date(anchor));
    }

    /** {@code marked} in {@link DateFixture} markup; the anchor is the document date. */
    private static void assertFinds(String documentDate, String marked) {
        assertFinds(documentDate, documentDate, marked);
    }

    private static void assertFinds(String documentDate, String anchor, String marked) {
        DateFixture.Parsed p = DateFixture.parse(marked);
        assertThat(find(p.text(), documentDate, anchor)).containsExactlyElementsOf(p.expected());
    }

    @Test
    void reportsOffsetsInTheWholeText() {
        assertThat(find("Norway froze the accounts in 2017.", JAN_8_2026, JAN_8_2026)).containsExactly(
                new TemporalExpression(new Span("2017", 29, 33), EventDate.year(2017), Kind.EXPLICIT));
    }

    @Test
    void searchesOnlyTheGivenRange() {
        String text = "Talks failed in 2015. Oslo cut the aid budget in 2017. Accra protested in 2018.";
        assertThat(FINDER.find(text, 22, 55, DateFixture.date(JAN_8_2026), DateFixture.date(JAN_8_2026)))
                .containsExactly(new TemporalExpression(new Span("2017", 49, 53), EventDate.year(2017), Kind.EXPLICIT));
    }

    @Test
    void rejectsABadRange() {
        assertThatThrownBy(() -> FINDER.find("short", 2, 9, EventDate.UNKNOWN, EventDate.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 9)");
    }

    @Nested
    class FullDates {

        @Test
        void monthDayYear() {
            assertFinds(JAN_8_2026, "The ministers met on {March 4, 2025|2025-03-04|EXPLICIT} in Quito.");
        }

        @Test
        void abbreviatedMonthAndOrdinal() {
            // A day without a year continues the last date told when it follows it.
            assertFinds(JAN_8_2026, "Talks opened {Oct. 2, 2024|2024-10-02|EXPLICIT} and closed {Nov. 9th|2024-11-09|EXPLICIT}.");
        }

        @Test
        void leadingWeekdayBelongsToTheDate() {
            assertFinds(JAN_8_2026, "Oslo summoned its envoy on {Friday, June 6, 2025|2025-06-06|EXPLICIT}.");
        }

        @Test
        void dayMonthYear() {
            assertFinds(JAN_8_2026, "The embassy reopened on {12 March 2024|2024-03-12|EXPLICIT} after {3rd of May|2024-05-03|EXPLICIT}.");
        }

        @Test
        void isoDate() {
            assertFinds(JAN_8_2026, "The accord is dated {2019-07-15|2019-07-15|EXPLICIT}; code 2019-13-45 is not a date.");
        }

        @Test
        void impossibleDayIsNotADate() {
            assertFinds(JAN_8_2026, "The file said February 30, 2024 and April 31.");
        }

        @Test
        void monthAndYearHaveMonthPrecision() {
            assertFinds(JAN_8_2026, "Elections were held in {February 2024|2024-02|EXPLICIT} and {April of 2022|2022-04|EXPLICIT}.");
        }

        @Test
        void aDayNamingABodyIsNotADate() {
            assertFinds(JAN_8_2026, "In {November 2012|2012-11|EXPLICIT} the March 23 Movement took Goma, and the 6 April Youth League marched.");
            assertFinds("2011-02-01", "Protesters filled the square on the {January 25|2011-01-25|EXPLICIT} anniversary.");
        }

        @Test
        void aCountAfterTheDayIsNotItsYear() {
            assertFinds(JAN_8_2026, "On {March 5|2026-03-05|EXPLICIT}, 2000 people marched on the ministry.");
        }
    }

    @Nested
    class MissingYear {

        @Test
        void takesTheDocumentYear() {
            assertFinds(JAN_8_2026, "Patrols crossed the river on {January 6|2026-01-06|EXPLICIT}.");
        }

        @Test
        void withoutADocumentDateTakesTheAnchorYear() {
            assertFinds("?", "2025-11-13", "Envoys met on {December 2|2025-12-02|EXPLICIT}.");
        }

        @Test
        void withNeitherIsUnknown() {
            assertFinds("?", "?", "Envoys met on {December 2|?|EXPLICIT}.");
        }

        @Test
        void loneMonthTakesTheDocumentYear() {
            assertFinds(DEC_1_2023, "The consul was recalled in {January|2023-01|EXPLICIT}.");
        }

        @Test
        void loneMonthLaterThanTheDocumentStillTakesItsYear() {
            assertFinds(JAN_2024, "The summit was set for late {June|2024-06|EXPLICIT}.");
        }

        @Test
        void aMonthFarAheadOfTheWritingIsLastYears() {
            assertFinds("2022-02-18", "The bloc imposed sanctions in {December|2021-12|EXPLICIT}.");
        }

        @Test
        void aDateBeforeTheLastOneToldIsNoContinuation() {
            assertFinds("2022-02-18", "2021-05", "On {Jan. 31|2022-01-31|EXPLICIT} the junta expelled the envoy.");
        }

        @Test
        void loneMonthWithoutADocumentDate() {
            assertFinds("?", "2019", "The rebels withdrew in {August|2019-08|EXPLICIT}.");
            assertFinds("?", "?", "The rebels withdrew in {August|?|EXPLICIT}.");
        }

        @Test
        void loneMonthCues() {
            assertFinds(DEC_1_2023, "Aid flowed from mid-{July|2023-07|EXPLICIT} to the end of {October|2023-10|EXPLICIT}, "
                    + "and again between {May|2023-05|EXPLICIT} and {June|2023-06|EXPLICIT}.");
        }

        @Test
        void monthNamesWithoutACueAreNotDates() {
            assertFinds(DEC_1_2023, "May the envoys agree. The March for Peace crossed the square. Protesters march daily.");
        }
    }

    @Nested
    class BareYears {

        @ParameterizedTest
        @ValueSource(strings = {"in", "since", "by", "from", "until", "of", "during", "before", "after", "early", "late",
                "prior to", "between", "around"})
        void afterACue(String cue) {
            String text = "The mission operated " + cue + " 2016 in the region.";
            int start = text.indexOf("2016");
            assertThat(find(text, JAN_8_2026, JAN_8_2026)).containsExactly(
                    new TemporalExpression(new Span("2016", start, start + 4), EventDate.year(2016), Kind.EXPLICIT));
        }

        @Test
        void hyphenatedMid() {
            assertFinds(JAN_8_2026, "The blockade began in mid-{2019|2019|EXPLICIT}.");
        }

        @Test
        void joinedToAnotherYear() {
            assertFinds(JAN_8_2026, "Talks ran from {2015|2015|EXPLICIT} to {2018|2018|EXPLICIT}, in {2020|2020|EXPLICIT} "
                    + "and {2021|2021|EXPLICIT}; see the review {2003|2003|EXPLICIT}-{2023|2023|EXPLICIT}.");
        }

        @Test
        void modifyingANoun() {
            assertFinds(JAN_8_2026, "He enlisted during the {1992|1992|EXPLICIT} mutiny before Peru's {2021|2021|EXPLICIT} "
                    + "runoff and the [{1998|1998|EXPLICIT}] vote.");
        }

        @Test
        void beforeElection() {
            assertFinds(JAN_8_2026, "Observers want {2024|2024|EXPLICIT} elections and a {2028|2028|EXPLICIT} election.");
        }

        @Test
        void aloneOnADateLine() {
            assertFinds(JAN_8_2026, "Annual report\n{2017|2017|EXPLICIT}\nThe council met twice.");
        }

        @Test
        void notYears() {
            assertFinds(JAN_8_2026, "See Article 2 and 2 Article; 26 Canadian organizations and 300 people signed at 5 p.m. "
                    + "at the G7 under Section 2017, Resolution 2019 and clause 4 May apply. The fund paid $2017, "
                    + "a force of 2000 troops arrived, the 2000 soldiers left, 2,017 votes, 20170 units, 2019 ballots, "
                    + "in 1850 and in 2150, the 1990s, 2020% growth.");
        }

        @Test
        void aCountNounAfterACueStillBlocksTheYear() {
            assertFinds(JAN_8_2026, "It grew by 2000 members in {2001|2001|EXPLICIT}.");
        }
    }

    @Nested
    class AnchoredToTheLastDate {

        private static final String NOV_13_2025 = "2025-11-13";

        @Test
        void monthsLaterHaveMonthPrecision() {
            assertFinds(JAN_8_2026, NOV_13_2025, "{Two months later|2026-01|RELATIVE}, no reply had come.");
        }

        @Test
        void daysLaterFollowTheAnchorPrecision() {
            assertFinds(JAN_8_2026, NOV_13_2025, "It resumed {three days later|2025-11-16|RELATIVE}.");
            assertFinds(JAN_8_2026, "2025-11", "It resumed {two days later|2025-11|RELATIVE}.");
            assertFinds(JAN_8_2026, "2002", "It resumed {two days later|2002|RELATIVE}.");
        }

        @Test
        void uncountedStepsKeepWhatTheyCannotMove() {
            assertFinds(JAN_8_2026, NOV_13_2025, "{Days later|2025-11|RELATIVE}, Quito recalled its envoy.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Talks resumed {a few weeks later|2025-11|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Talks had failed {months earlier|2025|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Ties were restored {years later|?|RELATIVE}.");
        }

        @Test
        void aMonthWithoutAYearIsInTheYearOfTheLastDateTold() {
            assertFinds(JAN_8_2026, "2019-03", "In {April|2019-04|EXPLICIT}, Addis Ababa imposed sanctions.");
            assertFinds(JAN_8_2026, "2017-05", "Talks opened on {June 3|2017-06-03|EXPLICIT}.");
        }

        @Test
        void aDayAfterAnOldYearMentionedInPassingIsOfTheStoryNotOfThatYear() {
            // "In 2017 … on June 3": a day is dated by a story's own dates, not by a background year.
            assertFinds(JAN_8_2026, "2017", "Talks open on {June 3|2026-06-03|EXPLICIT}.");
        }

        @Test
        void weeksLaterAndDigits() {
            assertFinds(JAN_8_2026, NOV_13_2025, "Aid arrived {3 weeks later|2025-12-04|RELATIVE}.");
        }

        @Test
        void followingAndNext() {
            assertFinds(JAN_8_2026, "2019", "The envoy returned {the following year|2020|RELATIVE}.");
            assertFinds(JAN_8_2026, "2019", "The envoy returned {a year later|2020|RELATIVE}.");
            assertFinds(JAN_8_2026, "2019", "The envoy returned {The next year|2020|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Talks collapsed {the next day|2025-11-14|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Talks collapsed {the previous month|2025-10|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Talks collapsed {that same day|2025-11-13|RELATIVE}.");
        }

        @Test
        void partsOfDayAndHoursStayOnTheAnchorsDay() {
            assertFinds(JAN_8_2026, NOV_13_2025, "Crowds gathered {that night|2025-11-13|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "By {the next morning|2025-11-14|RELATIVE} Oslo had protested.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Lima answered {within hours|2025-11-13|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Lima answered {within 48 hours|2025-11-13|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Lima answered {a few hours later|2025-11-13|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "{Hours earlier|2025-11-13|RELATIVE} Quito had granted him asylum.");
            assertFinds(JAN_8_2026, "2025-11", "Lima answered {that evening|2025-11|RELATIVE}: a month stays a month.");
        }

        @Test
        void anOrdinalDayIsThatDayOfTheAnchorsMonth() {
            assertFinds(JAN_8_2026, NOV_13_2025, "{Days later|2025-11|RELATIVE}, {on the 21st|2025-11-21|RELATIVE}, Delhi suspended visas.");
            assertFinds(JAN_8_2026, "2025-11", "Jets struck before dawn {on the 1st|2025-11-01|RELATIVE}.");
            assertFinds(JAN_8_2026, "2025", "It ended {on the 3rd|2025|RELATIVE}: a year has no month to take.");
        }

        @Test
        void shortlyAfterwardsIsTheAnchorsMonth() {
            assertFinds(JAN_8_2026, NOV_13_2025, "The council endorsed it {shortly afterwards|2025-11|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Quito followed {soon thereafter|2025-11|RELATIVE}.");
            assertFinds(JAN_8_2026, NOV_13_2025, "Quito followed {within days|2025-11|RELATIVE}.");
        }

        @Test
        void afterEarlierAndBeforeCountBack() {
            assertFinds(JAN_8_2026, "2021", "It won, {four years after|2017|RELATIVE} opening the mission.");
            assertFinds(JAN_8_2026, "2021", "It had begun {four years earlier|2017|RELATIVE}.");
            assertFinds(JAN_8_2026, "2021", "It had begun {six years before|2015|RELATIVE}.");
        }

        @Test
        void chainsWithinTheStretch() {
            assertFinds(JAN_8_2026, "2010", "Quito hosted talks in {2019|2019|EXPLICIT} and the envoy came back "
                    + "{the following year|2020|RELATIVE}, then left {two years later|2022|RELATIVE}.");
        }

        @Test
        void withoutAnAnchorIsUnknown() {
            assertFinds("?", "?", "{Two months later|?|RELATIVE}, talks resumed.");
        }
    }

    @Nested
    class CountedFromTheDocumentDate {

        @Test
        void yearsMonthsAndDays() {
            assertFinds(DEC_1_2023, "{Last year|2022|RELATIVE} and {this year|2023|RELATIVE} differ from {next year|2024|RELATIVE}'s "
                    + "vote; {earlier this month|2023-12|RELATIVE}, {last month|2023-11|RELATIVE}, {last week|2023-11|RELATIVE} "
                    + "and {yesterday|2023-11-30|RELATIVE} it spoke, as {three years ago|2020|RELATIVE}.");
        }

        @Test
        void theLastYearIsVague() {
            assertFinds(DEC_1_2023, "Trade fell {over the last year|?|VAGUE}.");
        }

        @Test
        void seasonsHaveYearPrecision() {
            assertFinds(JAN_2024, "A white paper appeared {last fall|2023|RELATIVE} and {last spring|2023|RELATIVE}.");
            assertFinds("2024-10-15", "Talks began {last summer|2024|RELATIVE}.");
            assertFinds("2024-03", "Talks began {last winter|2024|RELATIVE}.");
            assertFinds("2024", "Talks began {last fall|?|RELATIVE}.");
        }

        @Test
        void lastMonthName() {
            assertFinds(JAN_2024, "Talks began {last January|2023-01|RELATIVE}.");
            assertFinds("2024-03-10", "Talks began {last January|2024-01|RELATIVE}.");
        }

        @Test
        void aMonthWithItsYearWord() {
            assertFinds("2023-09-05", "Hanoi met them in {December last year|2022-12|RELATIVE} "
                    + "and in {January this year|2023-01|RELATIVE}.");
            assertFinds("2023-09-05", "2016-01-02", "Talks collapsed, and {that September|2016-09|RELATIVE} Iran "
                    + "stayed away; in {June that year|2016-06|RELATIVE} Oman mediated.");
        }

        @Test
        void aWeekdayInAMonthDatedStoryFollowsTheLastDayTold() {
            assertFinds("2024-05", "2024-04-04", "Togo answered on {Friday|2024-04-05|RELATIVE}.");
            assertFinds("2024-05", "2024-04", "Togo answered on {Friday|2024-05|RELATIVE}.");
        }

        @Test
        void weekdays() {
            assertFinds(JAN_8_2026, "Oslo said on {Monday|2026-01-05|RELATIVE} and again {Thursday|2026-01-08|RELATIVE} "
                    + "that talks ended {last Friday|2026-01-02|RELATIVE}, marking Bloody Sunday.");
            assertFinds("2026-01", "Oslo spoke on {Monday|2026-01|RELATIVE}.");
        }

        @Test
        void withoutADocumentDateAreUnknown() {
            assertFinds("?", "2019", "{Last year|?|RELATIVE} and on {Monday|?|RELATIVE} it spoke.");
        }
    }

    @Nested
    class PresentAndVague {

        @Test
        void presentIsTheDocumentDateAtItsPrecision() {
            assertFinds(JAN_8_2026, "{Currently|2026-01-08|PRESENT} it holds, {now|2026-01-08|PRESENT} and "
                    + "{today|2026-01-08|PRESENT}, {this week|2026-01-08|PRESENT} and {at present|2026-01-08|PRESENT}.");
            assertFinds(JAN_2024, "Accra is {now|2024-01|PRESENT} courting investors.");
            assertFinds(JAN_8_2026, "Lima and Quito signed {tonight|2026-01-08|PRESENT}; I met both envoys "
                    + "{this afternoon|2026-01-08|PRESENT}.");
            assertFinds("?", "2019", "Accra is {now|?|PRESENT} courting investors.");
        }

        @Test
        void vagueHasNoDate() {
            assertFinds(JAN_8_2026, "Oslo {recently|?|VAGUE} reopened; it has {long|?|VAGUE} funded the clinic "
                    + "{for years|?|VAGUE}, {in recent years|?|VAGUE} more so.");
        }

        @Test
        void lookAlikesAreNotTimes() {
            assertFinds(JAN_8_2026, "The now-defunct group sent a long list of demands.");
        }
    }

    @Test
    void vagueExpressionsCannotCarryADate() {
        assertThatThrownBy(() -> new TemporalExpression(new Span("recently", 0, 8), EventDate.year(2020), Kind.VAGUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recently");
        assertThat(new TemporalExpression(new Span("May 2", 0, 5), EventDate.UNKNOWN, Kind.EXPLICIT).date().precision())
                .isEqualTo(Precision.UNKNOWN);
    }
}
