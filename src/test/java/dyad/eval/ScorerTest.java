package dyad.eval;

import static dyad.eval.TestJson.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String SANCTION = "{kind:'event', doc:'d.txt', type:'SANCTION', source:{country:'CAN'},"
            + " target:{country:'VEN'}, modality:'asserted', date:{value:'2017', precision:'year'},"
            + " evidence:{start:10, end:50}}";

    @Test
    void duplicateSystemRecordsCannotBothMatch() {
        Report r = Scorer.score(lines(SANCTION), lines(SANCTION, SANCTION), Mode.AUTO);
        assertThat(r.eventsStrict().micro()).isEqualTo(new Prf(1, 2, 1));
        assertThat(r.eventsStrict().micro().p()).isEqualTo(0.5);
        assertThat(r.eventsStrict().perType().get("SANCTION")).isEqualTo(new Prf(1, 2, 1));
        assertThat(r.eventsStrict().modalityAcc()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void universeIsTheDocsNamedInGoldAndPathsCompareByBaseName() {
        Report r = Scorer.score(
                lines(SANCTION, "{kind:'doc', doc:'corpus/empty.txt'}"),
                lines("{kind:'event', doc:'a\\\\b/d.txt', type:'sanction', source:{country:'can'},"
                                + " target:{country:'ven'}, evidence:{start:40, end:60}}",
                        "{kind:'event', doc:'empty.txt', type:'AGREE'}",
                        "{kind:'quote', doc:'elsewhere.txt', text:'hi'}"),
                Mode.AUTO);
        assertThat(r.mode()).isEqualTo(Mode.DOCS);
        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.systemInfo().outOfScope()).isEqualTo(1);
        assertThat(r.eventsStrict().micro()).isEqualTo(new Prf(1, 2, 1));
        // gold has a date and modality; the system gave neither
        assertThat(r.eventsStrict().dateAcc()).isEqualTo(new Ratio(0, 1));
        assertThat(r.eventsStrict().modalityAcc()).isEqualTo(new Ratio(0, 1));
        assertThat(r.eventsStrict().perType()).containsOnlyKeys("AGREE", "SANCTION");
        assertThat(r.eventsStrict().perType().get("AGREE").r()).isNull();
        assertThat(r.quotes().prf().f1()).isNull();
    }

    @Test
    void invalidSystemLinesAreCountedWithTheirReasonNotFatal() {
        Report r = Scorer.score(lines(SANCTION), lines(SANCTION, "[1]", "{kind:'doc', doc:'d.txt'}",
                "{kind:'event', doc:'d.txt'}", "{kind:'relation', doc:'d.txt', pair:['CAN'], attribute:'x', value:'y'}",
                "{kind:'relation', doc:'d.txt', pair:['CAN','VEN'], attribute:'x'}", "{kind:'plan', doc:'d.txt'}"),
                Mode.AUTO);
        assertThat(r.systemInfo().lines()).isEqualTo(7);
        assertThat(r.systemInfo().invalid()).extracting(SystemInfo.Invalid::reason).containsExactly(
                "not a JSON object", "kind 'doc' is gold-only", "event without string 'type'",
                "relation 'pair' is not a list of two", "relation without 'attribute'/'value'", "unknown kind 'plan'");
        assertThat(r.systemInfo().invalid()).extracting(SystemInfo.Invalid::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(r.summary()).containsEntry("invalid_lines", 6).containsEntry("events_f1", 1.0);
    }

    @Test
    void sentenceItemsAreDocumentsNamedByIdAndOnlyEventsScore() {
        List<com.fasterxml.jackson.databind.JsonNode> gold = lines(
                "{id:'S-1', date:null, text:'Canada sanctioned Venezuela.', gold:[{type:'SANCTION', mode:null,"
                        + " source:{country:'CAN'}, target:{country:'VEN'}}]}",
                "{id:'S-2', text:'Nothing here.', gold:[]}");
        Report r = Scorer.score(gold, lines(
                "{kind:'event', doc:'S-1', type:'SANCTION', source:{country:'CAN'}, target:{country:'VEN'},"
                        + " evidence:{start:0, end:27}}",
                "{kind:'event', doc:'S-2.txt', type:'AGREE'}",
                "{kind:'quote', doc:'S-1.txt', text:'x'}",
                "{kind:'event', doc:'S-3.txt', type:'AGREE'}"), Mode.AUTO);
        assertThat(r.mode()).isEqualTo(Mode.SENTENCES);
        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.eventsStrict().micro()).isEqualTo(new Prf(1, 2, 1));
        assertThat(r.systemInfo().unscored()).isEqualTo(1);
        assertThat(r.systemInfo().outOfScope()).isEqualTo(1);
        assertThat(r.quotes()).isNull();
        assertThat(r.summary()).doesNotContainKey("quotes_f1");
    }

    @Test
    void malformedGoldStopsTheRunNamingTheLine() {
        assertThatThrownBy(() -> Scorer.score(lines(SANCTION, "{kind:'event', doc:'d.txt'}"), List.of(), Mode.AUTO))
                .isInstanceOf(ScoreInputException.class)
                .hasMessage("gold line 2: gold record: event without string 'type'");
        assertThatThrownBy(() -> Scorer.score(lines("{id:1, gold:[]}", "{id:1, gold:[]}"), List.of(), Mode.AUTO))
                .hasMessage("gold line 2: duplicate item id 1");
        assertThatThrownBy(() -> Scorer.score(lines(SANCTION), List.of(), Mode.SENTENCES))
                .hasMessage("gold line 1: sentence item needs 'id' and a 'gold' list");
    }

    @Test
    void lettersScoreDemandsActorsAndReferencesPerGoldLetter() {
        String gold = "{kind:'letter', doc:'l.txt', date:{value:'2026-01-08', precision:'day'},"
                + " authors:[{name:'Common Frontiers', country:'CAN', role:'CSO'}, {name:'APG', country:'CAN', role:'CSO'}],"
                + " recipients:[{name:'Mark Carney', country:'CAN', role:'GOV'}],"
                + " demands:[{start:0, end:10}, {start:20, end:30}],"
                + " references:[{date:{value:'2025-11-13', precision:'day'}, replied:false}]}";
        String system = "{kind:'letter', doc:'l.txt', authors:[{name:'COMMON FRONTIERS', country:'can', role:'cso'}],"
                + " recipients:[{name:'Carney', country:'CAN', role:'GOV'}], demands:[{start:5, end:8}],"
                + " references:[{date:{value:'2025-11-13'}, replied:true}]}";
        LetterScores l = Scorer.score(lines(gold), lines(system, system), Mode.DOCS).letters();
        assertThat(l.prf()).isEqualTo(new Prf(1, 2, 1));
        assertThat(l.demands()).isEqualTo(new Prf(2, 2, 1)); // the unmatched system letter's demand counts too
        LetterScores.PerLetter x = l.perLetter().get(0);
        assertThat(x.demands().r()).isEqualTo(0.5);
        assertThat(x.authors()).isEqualTo(new Prf(2, 1, 1));
        assertThat(x.recipients()).isEqualTo(new Prf(1, 1, 0)); // sets compare full normalised names
        assertThat(x.references()).isEqualTo(new Prf(1, 1, 1));
        assertThat(x.repliedAcc()).isEqualTo(new Ratio(0, 1));
        assertThat(l.authorsF1Mean()).isEqualTo(2.0 / 3);
    }

    @Test
    void relationsMatchAsMultisetsPerAttribute() {
        RelationScores r = Scorer.score(
                lines("{kind:'relation', doc:'d.txt', pair:['VEN','CAN'], attribute:'diplomatic_level', value:'chargé'}",
                        "{kind:'relation', doc:'d.txt', pair:['CAN','VEN'], attribute:'sanctions', value:'imposed'}"),
                lines("{kind:'relation', doc:'d.txt', pair:['CAN','VEN'], attribute:'diplomatic_level', value:'Charge'}",
                        "{kind:'relation', doc:'d.txt', pair:['CAN','VEN'], attribute:'diplomatic_level', value:'charge'}",
                        "{kind:'relation', doc:'d.txt', pair:['VEN','CAN'], attribute:'sanctions', value:'imposed'}"),
                Mode.DOCS).relations();
        assertThat(r.prf()).isEqualTo(new Prf(2, 3, 1));
        assertThat(r.perAttribute()).containsOnlyKeys("diplomatic_level", "sanctions");
        assertThat(r.perAttribute().get("diplomatic_level")).isEqualTo(new Prf(1, 2, 1));
        assertThat(r.perAttribute().get("sanctions")).isEqualTo(new Prf(1, 1, 0));
    }
}
