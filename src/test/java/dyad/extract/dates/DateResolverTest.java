package dyad.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final DateExpressionFinder FINDER = new DateExpressionFinder(DateLexicon.load());
    private static final String JAN_8_2026 = "2026-01-08";

    /** A trigger and the date it must get: {imposed|2017}, or {is seeking|2026-01-08|present} for present tense. */
    private static final Pattern TRIGGER = Pattern.compile("\\{([^|{}]+)\\|([^|{}]+)(\\|present)?}");
    private static final Pattern SENTENCE = Pattern.compile("[^.]+\\.\\s*");

    private record Trigger(String word, int offset, String expected, boolean present) {
    }

    /**
     * Walks the marked document as the event extractor will: each sentence's triggers, then advance.
     * Sentences end at periods, so fixtures avoid abbreviations.
     */
    private static void assertDates(String documentDate, String marked) {
        StringBuilder text = new StringBuilder();
        List<Trigger> triggers = new ArrayList<>();
        Matcher m = TRIGGER.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            triggers.add(new Trigger(m.group(1), text.length(), m.group(2), m.group(3) != null));
            text.append(m.group(1));
            last = m.end();
        }
        text.append(marked.substring(last));

        EventDate doc = DateFixture.date(documentDate);
        DateResolver resolver = new DateResolver(FINDER, doc);
        List<String> actual = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            for (Trigger t : triggers) {
                if (t.offset() >= s.start() && t.offset() < s.end()) {
                    EventDate date = resolver.dateFor(text.toString(), s.start(), s.end(), t.offset(), t.present(), doc);
                    actual.add(t.word() + " → " + (date.known() ? date.value() : "?"));
                }
            }
            resolver.advance(text.toString(), s.start(), s.end());
        }
        assertThat(actual).containsExactlyElementsOf(triggers.stream().map(t -> t.word() + " → " + t.expected()).toList());
    }

    @Test
    void anOlderCoarserDateIsBackgroundAndKeepsTheStorysDay() {
        assertDates("2016-03-01", "On 2 January 2016 Bahrain executed a preacher who had been arrested in 2012. "
                + "The next day Iran {condemned|2016-01-03} the execution.");
        assertDates("2024-05", "On 4 April, Nepal expelled an envoy under a treaty of 1950. "
                + "Two days later India {recalled|2024-04-06} its ambassador.");
    }

    @Test
    void aPlanAfterTheWritingIsNotWhereTheStoryStands() {
        assertDates("2024-05", "On 4 April, Chad said the talks set for August would go ahead. "
                + "Two days later Niger {closed|2024-04-06} its border.");
    }

    @Test
    void aDateInThePossessiveDatesItsNoun() {
        assertDates("2023-12-01", "Japan has {eased|?} the curbs ahead of next year’s elections in Nepal.");
    }

    @Test
    void aLaterYearMovesTheStory() {
        assertDates("2021-06-01", "On 3 May 2017 Peru closed the border. "
                + "In 2019 Chile {reopened|2019} its consulate, and the following year Bolivia {restored|2020} ties.");
        assertDates("2024-06-12", "On 11 June Kenya recalled its envoy. "
                + "Uganda imposed tariffs in 2022, and the two governments {held|2022} talks two months later.");
    }

    @Test
    void aDatedOpeningFramesTheActsReportedAfterIt() {
        assertDates("2019-09-10", "On 3 July, Chile {announced|2019-07-03} that it had {agreed|2019-07-03} to reopen the consulate. "
                + "In May, while visiting Oslo, the Kenyan minister {signed|2019-05} the accord.");
    }

    @Test
    void aRelativeOpeningFramesTheWholeSentence() {
        assertDates("2015-06-30", "Ghana recalled its envoy on 2 March 2015. "
                + "The next day Togo {expelled|2015-03-03} two diplomats, and Benin {closed|2015-03-03} the border.");
    }

    @Test
    void aDateOfANounFramesNothing() {
        assertDates("2026-01-08", "Fiji condemned the raid of 4 January, and the {threats|?} against Tonga. "
                + "Vanuatu said after the May 2 vote that it had {suspended|?} the talks.");
    }

    @Test
    void aPresentActIsNotFramedByAnEarlierDate() {
        assertDates("2026-01-08", "In 2017, while Peru {is seeking|2026-01-08|present} talks, nothing moved. "
                + "Chile banned flights in 2017, and Ghana {closed|?} its consulate; Peru {recalled|?} its envoy.");
    }

    @Test
    void prefersAnExpressionAfterTheTrigger() {
        assertDates(JAN_8_2026, "Norway {froze|2017} the accounts in 2017.");
        assertDates(JAN_8_2026, "In 2015 mediation stalled and Norway {froze|2017} the accounts in 2017.");
    }

    @Test
    void elseTakesTheNearestBefore() {
        assertDates(JAN_8_2026, "On February 9, the minister {pledged|2026-02-09} grain.");
        assertDates(JAN_8_2026, "The shelling on March 2 and the {seizure|2026-03-02} of the port alarmed Ghana.");
    }

    @Test
    void staysInTheTriggersClause() {
        assertDates(JAN_8_2026, "Chile {banned|2017} the flights in 2017, and Ghana {closed|?} its consulate.");
        assertDates(JAN_8_2026, "Chile banned the flights in 2017, and Ghana {is closing|2026-01-08|present} its consulate.");
        assertDates(JAN_8_2026, "On February 9, the minister {confirmed|2026-02-09} that drones {struck|2026-02-07} on February 7.");
    }

    @Test
    void aRelativeClauseClosesAtItsComma() {
        assertDates(JAN_8_2026, "Chile, which {banned|2017} the flights in 2017, {is weighing|2026-01-08|present} a new route.");
    }

    @Test
    void aDateModifyingALaterNounDatesTheNounOnly() {
        assertDates(JAN_8_2026, "The assembly {deplored|?} the March 2 {shelling|2026-03-02}.");
    }

    @Test
    void aDateOfANounAfterTheTriggerDatesTheNounOnly() {
        assertDates(JAN_8_2026, "Both governments {condemned|?} the bombing of the consulate of 1998 in Lagos.");
        assertDates(JAN_8_2026, "Estonia and Latvia {invoked|?} the 1994 treaty.");
        assertDates(JAN_8_2026, "Peru {recalled|?} the border accord of 12 May 2019 with Bolivia.");
        assertDates(JAN_8_2026, "Ghana {expelled|2018-03} the envoys in March of 2018.");
        assertDates(JAN_8_2026, "Togo {closed|2017} the border in the spring of 2017.");
        assertDates(JAN_8_2026, "We thank Norway for its {reply|2026-05-08} of 8 May.");
    }

    @Test
    void whatIsTakenUpAgainKeepsTheDateOfItsNoun() {
        String text = "We reiterate the calls in our letter to Ministers Tanaka and Sato of 2 May 2025.";
        DateResolver resolver = new DateResolver(FINDER, DateFixture.date(JAN_8_2026));
        assertThat(resolver.referredDate(text, 0, text.length(), text.indexOf("reiterate")).value()).isEqualTo("2025-05-02");
        assertThat(resolver.referredDate(text, 0, text.length(), text.indexOf("2025") + 5).known()).isFalse();
    }

    @Test
    void presentTenseWithoutAnExpressionTakesTheDocumentDateAtItsPrecision() {
        assertDates("2024-01", "Accra {is courting|2024-01|present} investors.");
        assertDates("2024-01", "Accra {signed|?} a loan.");
        assertDates("?", "Accra {is courting|?|present} investors.");
    }

    @Test
    void presentAndVagueExpressions() {
        assertDates(JAN_8_2026, "Currently, Oslo {is hosting|2026-01-08|present} the mediators.");
        assertDates(JAN_8_2026, "Oslo has recently {resumed|?|present} flights.");
    }

    @Test
    void relativeExpressionsCountFromEarlierSentences() {
        assertDates(JAN_8_2026, "The union {petitioned|2025-11-13} the cabinet on November 13, 2025. "
                + "Two months later, the union {renewed|2026-01} its plea.");
        assertDates("2024-01", "The mutiny {began|1992} in 1992. Loyal units {retook|1992} the barracks two days later.");
    }

    @Test
    void presentWordsDoNotMoveTheAnchor() {
        assertDates(JAN_8_2026, "The union wrote on November 13, 2025. The decree currently {permits|2026-01-08|present} drilling. "
                + "Two months later, the union {renewed|2026-01} its plea.");
    }

    @Test
    void yearsAfterAClauseCountBackFromTheMainEvent() {
        assertDates("2023-12-01", "Ghana {joined|2021} the bloc in 2021, five years after {opening|2016} accession talks.");
    }

    @Test
    void followingYearChainsWithinTheSentence() {
        assertDates("2023-12-01", "Oslo {staged|2019} a summit in 2019 and the rebel envoy {toured|2020} Accra the following year.");
    }

    @Test
    void withoutADocumentDateAYearlessDayTakesTheAnchorYear() {
        assertDates("?", "Mediation {collapsed|2019} in 2019. It {restarted|2019-03-03} on March 3.");
    }

    @Test
    void anchorStartsAtTheDocumentDateAndFollowsTheLastDate() {
        String text = "Mediation paused. Envoys met in 2019 and again in 2021. Both now agree.";
        EventDate doc = DateFixture.date(JAN_8_2026);
        DateResolver resolver = new DateResolver(FINDER, doc);
        assertThat(resolver.anchor()).isEqualTo(doc);
        int second = text.indexOf("Envoys");
        int third = text.indexOf("Both");
        resolver.advance(text, 0, second);
        assertThat(resolver.anchor()).isEqualTo(doc);
        resolver.advance(text, second, third);
        assertThat(resolver.anchor()).isEqualTo(EventDate.year(2021));
        resolver.advance(text, third, text.length());
        assertThat(resolver.anchor()).isEqualTo(EventDate.year(2021));
    }

    @Test
    void loadsItsOwnFinderWhenNoneIsGiven() {
        String text = "Norway froze the accounts in 2017.";
        EventDate doc = DateFixture.date(JAN_8_2026);
        assertThat(new DateResolver(FINDER, doc).dateFor(text, 0, text.length(), 7, false, doc)).isEqualTo(EventDate.year(2017));
    }

    @Test
    void rejectsMisuse() {
        DateResolver resolver = new DateResolver(FINDER, DateFixture.date(JAN_8_2026));
        String text = "Norway froze the accounts in 2017.";
        assertThatThrownBy(() -> resolver.dateFor(text, 0, text.length(), 7, false, EventDate.year(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one DateResolver per document");
        assertThatThrownBy(() -> resolver.dateFor(text, 0, 10, 20, false, DateFixture.date(JAN_8_2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the sentence");
    }
}
