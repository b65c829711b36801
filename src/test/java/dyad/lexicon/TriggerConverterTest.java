package dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerConverterTest {

    static final CameoPlover PLOVER = CameoPlover.read("cameo2plover.tsv", List.of(
            "cameo\tplover_type\tplover_mode", "01\t\t", "02\t\t", "04\tCONSULT\t", "042\tCONSULT\tvisit",
            "07\tAID\t", "14\tPROTEST\t", "141\tPROTEST\tdemo", "16\tSANCTION\t", "163\tSANCTION\tsanction",
            "17\tCOERCE\t"));

    @Test
    void cameoCodesMapThroughTheTableWithAppealsAsRequests() {
        assertThat(PLOVER.map("0423")).contains(new CameoPlover.Plover(PloverType.CONSULT, "visit"));
        assertThat(PLOVER.map("1412")).contains(new CameoPlover.Plover(PloverType.PROTEST, "demo"));
        assertThat(PLOVER.map("072")).contains(new CameoPlover.Plover(PloverType.AID, null));
        assertThat(PLOVER.map("010")).isEmpty();
        assertThat(PLOVER.map("0233")).contains(new CameoPlover.Plover(PloverType.REQUEST, "assist"));
        assertThat(PLOVER.map("024")).contains(new CameoPlover.Plover(PloverType.REQUEST, "change"));
        assertThat(PLOVER.map("025")).contains(new CameoPlover.Plover(PloverType.REQUEST, "yield"));
        assertThat(PLOVER.map("028")).contains(new CameoPlover.Plover(PloverType.REQUEST, "meet"));
        assertThat(PLOVER.map("020")).contains(new CameoPlover.Plover(PloverType.REQUEST, null));
        assertThat(PLOVER.knows("999")).isFalse();
        assertThatThrownBy(() -> CameoPlover.read("t.tsv", List.of("cameo\tx", "04\tTALK\t")))
                .hasMessage("t.tsv line 2: unknown PLOVER type 'TALK'");
    }

    @Test
    void verbsPhrasalVerbsAndPatternsBecomeRows() {
        List<TriggerRow> rows = new TriggerConverter(CameoVerbReader.read("verbs.txt", CameoVerbReaderTest.VERBS),
                PLOVER, "verbs.txt").rows();
        assertThat(rows).extracting(r -> r.cells().subList(0, 5)).contains(
                List.of("REQUEST", "-", "V", "ask", "-"),
                List.of("REQUEST", "-", "V", "ask", "for"),
                List.of("REQUEST", "assist", "V", "ask", "aid"),
                List.of("REQUEST", "assist", "V", "query", "dollar|cash"),
                List.of("PROTEST", "demo", "V", "ask", "rallies|rally"),
                List.of("PROTEST", "demo", "V", "query", "rallies|rally"),
                List.of("AID", "-", "V", "give", "-"),
                List.of("AID", "-", "V", "scrap", "-"),
                List.of("AID", "-", "V", "give", "launcher"));
        // "* (FOR {FINANCIAL AID})" (0231) shares (ask, aid) with "* {HUMANITARIAN AID}" (0233): one row, the first code.
        assertThat(rows).filteredOn(r -> r.lemma().equals("ask") && r.requires().contains("aid")).hasSize(1)
                .first().extracting(TriggerRow::code).isEqualTo("0233");
        // ":173" (reversed pair only) and "* OFF (FOR)" (no content word) give no row.
        assertThat(rows).noneMatch(r -> r.code().equals("173") || r.code().equals("042"));
    }

    @Test
    void theMostFrequentCodeWinsTiesToTheFirst() {
        List<String> verbs = List.of("---  BLOCK   [---]  ---", "HIT", "- * TARGET [163] # HIT",
                "- * TARGET [170] # HIT", "- * TARGET [170] # HIT", "- * GOAL [163] # HIT", "- * GOAL [170] # HIT");
        List<TriggerRow> rows = new TriggerConverter(CameoVerbReader.read("v.txt", verbs), PLOVER, "v.txt").rows();
        assertThat(rows).extracting(TriggerRow::lemma, TriggerRow::requires, TriggerRow::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hit", List.of("target"), "170"),
                org.assertj.core.groups.Tuple.tuple("hit", List.of("goal"), "163"));
    }

    @Test
    void aCodeTheTableDoesNotKnowNamesItsLine() {
        List<String> verbs = List.of("---  BLOCK   [---]  ---", "HIT [999]");
        assertThatThrownBy(() -> new TriggerConverter(CameoVerbReader.read("v.txt", verbs), PLOVER, "v.txt").rows())
                .hasMessage("v.txt line 2: CAMEO code 999 is not in cameo2plover.tsv");
    }
}
