package dyad.eval;

import static dyad.eval.TestJson.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void numbersPrintLikePythonPercentThreeF() {
        // Python rounds the exact binary value half to even: 0.0625 -> 0.062, 0.0005 -> 0.001
        assertThat(Report.fmt(0.0625)).isEqualTo("0.062");
        assertThat(Report.fmt(0.0635)).isEqualTo("0.064");
        assertThat(Report.fmt(0.0005)).isEqualTo("0.001");
        assertThat(Report.fmt(0.1235)).isEqualTo("0.123");
        assertThat(Report.fmt(2.0 / 3)).isEqualTo("0.667");
        assertThat(Report.fmt(1.0)).isEqualTo("1.000");
        assertThat(Report.fmt(null)).isEqualTo("-");
        assertThat(Report.fmt(7)).isEqualTo("7");
    }

    @Test
    void sentenceReportHasEventsOnly() {
        Report r = Scorer.score(lines("{id:'x', gold:[{type:'AGREE'}]}"),
                lines("{kind:'event', doc:'x', type:'AGREE', mode:'m'}"), Mode.AUTO);
        String text = r.format();
        assertThat(text).startsWith("gold gold (mode=sentences, 1 docs)  system system (1 lines, 0 invalid, "
                + "0 out of scope, 0 unscored)");
        assertThat(text).contains("    AGREE                           1      1      1  1.000  1.000  1.000")
                .doesNotContain("QUOTES");
        assertThat(text.lines().reduce((a, b) -> b)).contains("events_f1=1.000 events_p=1.000 events_r=1.000 "
                + "events_agnostic_f1=1.000 modality_acc=na date_acc=na year_acc=na invalid_lines=0");
    }

    @Test
    void jsonHasScorePyKeysInOrder() {
        Report r = Scorer.score(lines("{kind:'doc', doc:'d.txt'}"), List.of(), Mode.AUTO);
        JsonNode j = r.toJson();
        assertThat(keys(j)).containsExactly("gold_file", "system_file", "mode", "docs", "system_info", "events",
                "quotes", "letters", "relations", "summary");
        assertThat(keys(j.at("/events/strict"))).containsExactly("gold", "system", "tp", "p", "r", "f1", "macro_f1",
                "per_type", "modality_acc", "mode_acc", "date_acc", "year_acc");
        assertThat(keys(j.get("letters"))).containsExactly("gold", "system", "tp", "p", "r", "f1", "per_letter",
                "demands", "demands_recall_mean", "authors_f1_mean", "recipients_f1_mean", "references_recall_mean");
        assertThat(j.at("/events/strict/f1").isNull()).isTrue();
        assertThat(j.at("/summary/invalid_lines").intValue()).isZero();
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
