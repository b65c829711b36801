package dyad.eval;

import static dyad.eval.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Greedy.Item;
import dyad.eval.Greedy.Pair;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchersTest {

    /** An event with evidence [start, end); countries may be null. */
    private static JsonNode event(String type, String src, String tgt, int start, int end) {
        return json("{type:'" + type + "', source:{country:" + quoted(src) + "}, target:{country:" + quoted(tgt)
                + "}, evidence:{start:" + start + ", end:" + end + "}}");
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    @Nested
    class EventStrict {
        @Test
        void overlappingEvidenceMatchesWithIouAndSecondaryAgreement() {
            var key = Matchers.eventStrict(event("SANCTION", "CAN", "VEN", 10, 30), event("SANCTION", "CAN", "VEN", 20, 40));
            // overlap 10, union 30; mode, modality and date all absent on both sides: 3 agree
            assertThat(key).contains(MatchKey.of(10.0 / 30, 3));
        }

        @Test
        void nonOverlappingEvidenceDoesNotMatch() {
            assertThat(Matchers.eventStrict(event("SANCTION", "CAN", "VEN", 0, 10), event("SANCTION", "CAN", "VEN", 10, 20)))
                    .isEmpty();
        }

        @Test
        void goldSpanNeedsASystemSpanButGoldWithoutSpanIgnoresIt() {
            assertThat(Matchers.eventStrict(event("AGREE", "CAN", "VEN", 0, 0), event("AGREE", "CAN", "VEN", 5, 9))).isEmpty();
            assertThat(Matchers.eventStrict(event("AGREE", "CAN", "VEN", 5, 9), event("AGREE", "CAN", "VEN", 0, 0)))
                    .contains(MatchKey.of(0.0, 3));
        }

        @Test
        void nullCountryEqualsMissingActorAndBlankCountry() {
            JsonNode gold = json("{type:'ACCUSE', source:{country:null}, evidence:{start:0, end:5}}");
            assertThat(Matchers.eventStrict(json("{type:'ACCUSE', source:{country:'  '}, evidence:{start:0, end:5}}"), gold))
                    .isPresent();
            assertThat(Matchers.eventStrict(event("ACCUSE", "USA", null, 0, 5), gold)).isEmpty();
        }

        @Test
        void typeAndCountryCompareUpperCasedAndStripped() {
            assertThat(Matchers.eventStrict(event(" sanction ", "can", "ven", 0, 5), event("SANCTION", "CAN", "VEN", 0, 5)))
                    .isPresent();
            assertThat(Matchers.eventStrict(event("SANCTION", "CAN", "CUB", 0, 5), event("SANCTION", "CAN", "VEN", 0, 5)))
                    .isEmpty();
        }
    }

    @Test
    void agnosticMatchesOnTypeAloneAndRanksByCountries() {
        var key = Matchers.eventAgnostic(event("COERCE", "RUS", "VEN", 100, 110), event("COERCE", "USA", "VEN", 0, 5));
        assertThat(key).contains(MatchKey.of(1, 0.0, 3));
        assertThat(Matchers.eventAgnostic(event("AID", "USA", "VEN", 0, 5), event("COERCE", "USA", "VEN", 0, 5))).isEmpty();
    }

    @Test
    void quoteSpansMustOverlapHalfTheShorterSpan() {
        JsonNode gold = json("{start:0, end:10, text:'x'}");
        assertThat(Matchers.quote(json("{start:5, end:30}"), gold)).contains(MatchKey.of(0.5, 5.0 / 30));
        assertThat(Matchers.quote(json("{start:6, end:30}"), gold)).isEmpty();
    }

    @Test
    void quoteWithoutSpanFallsBackToWordOverlap() {
        JsonNode gold = json("{text:'Canada must defend the UN Charter', start:40, end:74}");
        // 3 of the shorter text's 4 words are shared (case, accents and punctuation ignored)
        assertThat(Matchers.quote(json("{text:'défend THE charter, now'}"), gold)).contains(MatchKey.of(0.75, 0.0));
        assertThat(Matchers.quote(json("{text:'something else entirely said'}"), gold)).isEmpty();
    }

    @Test
    void demandMatchesBySpanThenTextThenSummary() {
        assertThat(Matchers.demand(json("{start:5, end:15}"), json("{start:10, end:20}"))).contains(MatchKey.of(5.0 / 15));
        assertThat(Matchers.demand(json("{start:0, end:5}"), json("{start:10, end:20}"))).isEmpty();
        JsonNode gold = json("{text:'We urge Canada to condemn', summary:'condemn the attack', start:0, end:0}");
        assertThat(Matchers.demand(json("{text:'we URGE canada'}"), gold)).contains(MatchKey.of(1.0));
        assertThat(Matchers.demand(json("{text:'unrelated words', summary:'Condemn the attack!'}"), gold))
                .contains(MatchKey.of(1.0));
    }

    @Test
    void lettersAlwaysMatchAndPreferSharedDemandsThenDates() {
        JsonNode gold = json("{date:{value:'2026-01-08', precision:'day'}, demands:[{start:0, end:10}, {start:20, end:30}]}");
        assertThat(Matchers.letter(json("{}"), gold)).contains(MatchKey.of(0, 0));
        assertThat(Matchers.letter(json("{date:{value:'2026-01-08', precision:'day'}, demands:[{start:25, end:28}, 'junk']}"),
                gold)).contains(MatchKey.of(1, 1));
    }

    @Test
    void referencesMatchOnDateValueAndPreferEqualReplied() {
        JsonNode gold = json("{date:{value:'2025-11-13', precision:'day'}, replied:false}");
        assertThat(Matchers.reference(json("{date:{value:'2025-11-13'}, replied:false}"), gold)).contains(MatchKey.of(1));
        assertThat(Matchers.reference(json("{date:{value:'2025-11-13'}}"), gold)).contains(MatchKey.of(0));
        assertThat(Matchers.reference(json("{date:{value:'2025-11'}, replied:false}"), gold)).isEmpty();
    }

    @Nested
    class Relations {
        private Matchers.RelationKey key(String loose) {
            return Matchers.relationKey(json(loose), "d.txt");
        }

        @Test
        void valuesCompareWithoutAccentsCaseOrSeparators() {
            assertThat(key("{pair:['CAN','VEN'], attribute:'diplomatic_level', value:'chargé'}"))
                    .isEqualTo(key("{pair:['can','ven'], attribute:' Diplomatic_Level', value:' Charge '}"));
            assertThat(key("{pair:['CAN','VEN'], attribute:'recognition', value:'not_recognized'}"))
                    .isEqualTo(key("{pair:['CAN','VEN'], attribute:'recognition', value:'Not - Recognized'}"));
        }

        @Test
        void diplomaticPairIsSymmetricButSanctionsPairIsNot() {
            assertThat(key("{pair:['VEN','CAN'], attribute:'diplomatic_level', value:'none'}"))
                    .isEqualTo(key("{pair:['CAN','VEN'], attribute:'diplomatic_level', value:'none'}"));
            assertThat(key("{pair:['VEN','CAN'], attribute:'sanctions', value:'imposed'}"))
                    .isNotEqualTo(key("{pair:['CAN','VEN'], attribute:'sanctions', value:'imposed'}"));
        }

        @Test
        void dateValueCountsAndNumbersReadAsPythonStrings() {
            assertThat(key("{pair:['CAN','VEN'], attribute:'sanctions', value:'imposed', date:{value:2017}}"))
                    .isEqualTo(key("{pair:['CAN','VEN'], attribute:'sanctions', value:'imposed', date:{value:'2017', precision:'year'}}"));
            assertThat(key("{pair:['CAN','VEN'], attribute:'sanctions', value:'imposed', date:{value:'2018'}}"))
                    .isNotEqualTo(key("{pair:['CAN','VEN'], attribute:'sanctions', value:'imposed'}"));
        }
    }

    @Test
    void speakerMatchesOnFullNameOrLastTokenWithoutAccents() {
        assertThat(Matchers.speakerCorrect(json("{name:'Maduro'}"), json("{name:'Nicolás Maduro'}"))).isTrue();
        assertThat(Matchers.speakerCorrect(json("{name:null, text:'MÉLANIE JOLY'}"), json("{name:'Mélanie Joly'}"))).isTrue();
        assertThat(Matchers.speakerCorrect(json("{name:'Justin Trudeau'}"), json("{name:'Mark Carney'}"))).isFalse();
        assertThat(Matchers.speakerCorrect(json("{}"), json("{name:null}"))).isTrue();
        assertThat(Matchers.speakerCorrect(json("{name:'Anyone'}"), json("{text:null}"))).isFalse();
    }

    @Test
    void missingDateIsUnknownAndYearComparesFirstFourCharacters() {
        JsonNode unknown = json("{date:{value:null, precision:'unknown'}}");
        assertThat(Matchers.dateCorrect(json("{}"), unknown)).isTrue();
        JsonNode day = json("{date:{value:'2023-12-01', precision:'day'}}");
        assertThat(Matchers.dateCorrect(json("{date:{value:'2023-12', precision:'month'}}"), day)).isFalse();
        assertThat(Matchers.yearCorrect(json("{date:{value:'2023-12', precision:'month'}}"), day)).isTrue();
        assertThat(Matchers.yearCorrect(json("{date:{value:2023}}"), day)).isTrue();
        assertThat(Matchers.yearCorrect(json("{}"), day)).isFalse();
        assertThat(Matchers.yearCorrect(json("{}"), unknown)).isTrue();
    }

    @Test
    void duplicatesCannotBothMatchAndTiesGoToEarlierRecords() {
        JsonNode g = event("ASSAULT", "USA", "VEN", 0, 10);
        List<Item> gold = List.of(new Item(g, "d", 1), new Item(g, "d", 2));
        List<Item> system = List.of(new Item(g, "d", 1), new Item(g, "d", 2), new Item(g, "d", 3));
        assertThat(Greedy.match(system, gold, Matchers::eventStrict)).containsExactly(new Pair(0, 0), new Pair(1, 1));
        assertThat(Greedy.match(system.subList(0, 1), gold, Matchers::eventStrict)).containsExactly(new Pair(0, 0));
    }

    @Test
    void betterKeyWinsOverEarlierGoldAndDocumentsNeverMix() {
        List<Item> gold = List.of(new Item(event("AID", "USA", "VEN", 0, 10), "d", 1),
                new Item(event("AID", "USA", "VEN", 8, 20), "d", 2));
        List<Item> system = List.of(new Item(event("AID", "USA", "VEN", 8, 20), "d", 1),
                new Item(event("AID", "USA", "VEN", 8, 20), "other", 2));
        // the system event overlaps both gold events; the exact span (gold 1) wins, and the
        // identical event in another document matches nothing
        assertThat(Greedy.match(system, gold, Matchers::eventStrict)).containsExactly(new Pair(0, 1));
    }
}
