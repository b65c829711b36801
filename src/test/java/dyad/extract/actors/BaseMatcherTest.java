package dyad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Role;
import dyad.nlp.HandSentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gazetteer names in a sentence: longest match first, never overlapping, ending at a token end. */
class BaseMatcherTest {

    private static final BaseMatcher MATCHER = new BaseMatcher(GazetteerTest.GAZETTEER);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 8);

    private static List<BaseMatcher.Match> find(String text) {
        return find(HandSentence.of(text), text, DAY);
    }

    private static List<BaseMatcher.Match> find(HandSentence s, String text, LocalDate day) {
        return MATCHER.find(text, s.sentence(), day);
    }

    /** "text@start-end" for each match, in order. */
    private static List<String> spans(String text) {
        return find(text).stream().map(m -> text.substring(m.start(), m.end()) + "@" + m.start() + "-" + m.end()).toList();
    }

    @Test
    void aCapitalIsItsGovernment() {
        String text = "Ottawa recalled its ambassador.";
        assertThat(spans(text)).containsExactly("Ottawa@0-6", "ambassador@20-30");
        BaseMatcher.Match ottawa = find(text).get(0);
        assertThat(ottawa.first()).isZero();
        assertThat(ottawa.last()).isZero();
        assertThat(ottawa.entry().kind()).isEqualTo(EntryKind.CAPITAL);
        assertThat(ottawa.entry().country()).isEqualTo("CAN");
        assertThat(ottawa.entry().role()).isEqualTo(Role.GOV);
        // The role cue is found too, for the mention finder to resolve from context.
        BaseMatcher.Match ambassador = find(text).get(1);
        assertThat(ambassador.entry().kind()).isEqualTo(EntryKind.ROLE_CUE);
        assertThat(ambassador.first()).isEqualTo(3);
    }

    @Test
    void aBareCongoIsTheDrCongoAndTheRepublicIsNamedInFull() {
        assertThat(find("Rwanda denied sending troops into eastern Congo")).last()
                .satisfies(m -> assertThat(m.entry().country()).isEqualTo("COD"));
        assertThat(find("the Congolese army")).extracting(m -> m.entry().kind(), m -> m.entry().country())
                .contains(org.assertj.core.api.Assertions.tuple(EntryKind.ADJECTIVE, "COD"));
        assertThat(spans("the Republic of Congo and Gabon")).containsExactly("Republic of Congo@4-21", "Gabon@26-31");
        assertThat(find("the Republic of Congo and Gabon").get(0).entry().country()).isEqualTo("COG");
    }

    @Test
    void theLongestNameWins() {
        // "Global Affairs Canada", not "Canada"; "UN experts", not "UN"; "The Ottawa Citizen", not "Ottawa".
        assertThat(spans("Global Affairs Canada said on Monday")).containsExactly("Global Affairs Canada@0-21");
        BaseMatcher.Match gac = find("Global Affairs Canada said on Monday").get(0);
        assertThat(gac.last()).isEqualTo(2);
        assertThat(gac.entry().country()).isEqualTo("CAN");
        assertThat(gac.entry().role()).isEqualTo(Role.GOV);

        String experts = "Last week UN experts condemned the strike.";
        assertThat(spans(experts)).containsExactly("UN experts@10-20");
        BaseMatcher.Match un = find(experts).get(0);
        assertThat(un.entry().org()).isEqualTo("UNO");
        assertThat(un.entry().role()).isEqualTo(Role.IGO);

        String citizen = "Reports in the Ottawa Citizen said so.";
        assertThat(spans(citizen)).containsExactly("Ottawa Citizen@15-29");
        assertThat(find(citizen).get(0).entry().role()).isEqualTo(Role.MED);
        assertThat(find(citizen).get(0).entry().country()).isEqualTo("CAN");
    }

    @Test
    void matchesDoNotOverlapAndKeepTheirTokenIndexes() {
        String text = "Canada and Venezuela restored ties with the United States of America.";
        List<BaseMatcher.Match> found = find(text);
        assertThat(spans(text)).containsExactly("Canada@0-6", "Venezuela@11-20", "United States of America@44-68");
        assertThat(found).extracting(BaseMatcher.Match::first).containsExactly(0, 2, 7);
        assertThat(found).extracting(BaseMatcher.Match::last).containsExactly(0, 2, 10);
        assertThat(found).extracting(m -> m.entry().country()).containsExactly("CAN", "VEN", "USA");
    }

    @Test
    void aLeadersNameResolvesToTheOfficeHeldOnTheDay() {
        String text = "Maduro met the delegation.";
        BaseMatcher.Match in2020 = find(HandSentence.of(text), text, LocalDate.of(2020, 5, 1)).get(0);
        assertThat(in2020.entry().name()).isEqualTo("Nicolás Maduro");
        assertThat(in2020.entry().country()).isEqualTo("VEN");
        assertThat(in2020.entry().role()).isEqualTo(Role.GOV);
        assertThat(in2020.entry().office()).isEqualTo("head_of_state_and_government");
        BaseMatcher.Match in2010 = find(HandSentence.of(text), text, LocalDate.of(2010, 5, 1)).get(0);
        assertThat(in2010.entry().office()).isEqualTo("foreign_minister");
        assertThat(in2010.entry().country()).isEqualTo("VEN");
        // A full name is the longer match: Honduras's president, not Venezuela's.
        String ricardo = "Ricardo Maduro met the delegation.";
        BaseMatcher.Match honduras = find(HandSentence.of(ricardo), ricardo, LocalDate.of(2004, 5, 1)).get(0);
        assertThat(honduras.entry().country()).isEqualTo("HND");
        assertThat(honduras.end()).isEqualTo(14);
    }

    @Test
    void aNameMayEndBeforeAHyphenOrPossessiveInsideAToken() {
        assertThat(spans("US-led strikes began.")).containsExactly("US@0-2");
        assertThat(find("US-led strikes began.").get(0).entry().country()).isEqualTo("USA");
        assertThat(spans("Canada's army stood by.")).containsExactly("Canada@0-6", "army@9-13");
        assertThat(spans("Canada’s army stood by.")).containsExactly("Canada@0-6", "army@9-13");
    }

    @Test
    void aNameNeverEndsInsideAWord() {
        // "United States" is a prefix of "United Statesmen" but ends inside a token.
        assertThat(find("United Statesmen gathered.")).isEmpty();
    }

    @Test
    void namesMatchAsWrittenButRoleCuesIgnoreCase() {
        assertThat(find("ottawa and caracas replied.")).isEmpty();
        List<BaseMatcher.Match> cue = find("The Government replied.");
        assertThat(cue).singleElement().satisfies(m -> {
            assertThat(m.entry().kind()).isEqualTo(EntryKind.ROLE_CUE);
            assertThat(m.entry().role()).isEqualTo(Role.GOV);
            assertThat(m.start()).isEqualTo(4);
            assertThat(m.end()).isEqualTo(14);
        });
    }

    @Test
    void aCountryNameInsideARegionNameIsNotTheCountry() {
        assertThat(find("Latin America rejected it.")).isEmpty();
        // At the start of a sentence there is nothing before it to make a longer name.
        assertThat(spans("America rejected it.")).containsExactly("America@0-7");
    }

    @Test
    void offsetsAreDocumentOffsets() {
        String doc = "Dear Minister,\nCaracas answered on Monday.";
        int start = doc.indexOf("Caracas");
        List<BaseMatcher.Match> found = find(HandSentence.in(doc, start), doc, DAY);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(15);
            assertThat(m.end()).isEqualTo(22);
            assertThat(doc.substring(m.start(), m.end())).isEqualTo("Caracas");
            assertThat(m.entry().country()).isEqualTo("VEN");
        });
    }
}
