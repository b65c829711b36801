package dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreInputsTest {

    private static final String EVENT = "{\"kind\": \"event\", \"doc\": \"d.txt\", \"type\": \"AGREE\"}";

    @TempDir
    Path tmp;

    @Test
    void blankLinesAreSkippedButKeepTheirNumbers() throws Exception {
        Path f = Files.writeString(tmp.resolve("system.jsonl"), EVENT + "\n\n  \r\n" + EVENT + "\r\n");
        ScoreInputs in = ScoreInputs.read(f);
        assertThat(in.lines()).extracting(ScoreInputs.Line::number).containsExactly(1, 4);
        assertThat(in.lines()).allMatch(l -> l.problem() == null);
    }

    @Test
    void badLinesCarryTheirProblem() throws Exception {
        byte[] notUtf8 = {'{', '"', 'k', '"', ':', '"', (byte) 0xff, '"', '}', '\n'};
        Path f = tmp.resolve("system.jsonl");
        Files.write(f, notUtf8);
        Files.writeString(f, "{oops\n[1, 2]\n" + EVENT + " trailing\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        ScoreInputs in = ScoreInputs.read(f);
        assertThat(in.lines()).extracting(ScoreInputs.Line::problem)
                .satisfiesExactly(
                        p -> assertThat(p).isEqualTo("not UTF-8"),
                        p -> assertThat(p).startsWith("not JSON: "),
                        p -> assertThat(p).isEqualTo("not a JSON object"),
                        p -> assertThat(p).startsWith("not JSON: "));
    }

    @Test
    void goldErrorsNameTheFileAndLine() throws Exception {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), EVENT + "\n\n{not json}\n");
        Path system = Files.writeString(tmp.resolve("system.jsonl"), "{not json}\n");
        assertThatThrownBy(() -> Scorer.score(ScoreInputs.read(gold), ScoreInputs.read(system), Mode.AUTO))
                .isInstanceOf(ScoreInputException.class)
                .hasMessageStartingWith(gold + " line 3: not JSON");
    }

    @Test
    void systemErrorsAreCountedNotFatal() throws Exception {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), EVENT + "\n");
        Path system = Files.writeString(tmp.resolve("system.jsonl"), "{not json}\n" + EVENT + "\n");
        Report r = Scorer.score(ScoreInputs.read(gold), ScoreInputs.read(system), Mode.AUTO);
        assertThat(r.systemInfo().invalidLines()).isEqualTo(1);
        assertThat(r.eventsStrict().micro().f1()).isEqualTo(1.0);
        assertThat(r.goldFile()).isEqualTo(gold.toString());
    }

    @Test
    void plainNodeReadersFailOnBadGoldAndKeepBadSystemLinesCountable() throws Exception {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), EVENT + "\n{not json}\n");
        assertThatThrownBy(() -> ScoreInputs.readGold(gold)).hasMessageStartingWith(gold + " line 2: not JSON");
        Path good = Files.writeString(tmp.resolve("good.jsonl"), EVENT + "\n");
        Path system = Files.writeString(tmp.resolve("system.jsonl"), "{not json}\n" + EVENT + "\n");
        Report r = Scorer.score(ScoreInputs.readGold(good), ScoreInputs.readSystem(system), Mode.AUTO);
        assertThat(r.systemInfo().invalidLines()).isEqualTo(1);
        assertThat(r.eventsStrict().micro().f1()).isEqualTo(1.0);
    }

    @Test
    void unreadableFileIsReportedByName() {
        Path missing = tmp.resolve("nope.jsonl");
        assertThatThrownBy(() -> ScoreInputs.read(missing))
                .isInstanceOf(ScoreInputException.class)
                .hasMessage("cannot read " + missing + ": no such file");
    }

    @Test
    void sentenceModeIsSniffedFromTheFirstObject() throws Exception {
        Path items = Files.writeString(tmp.resolve("items.jsonl"), "junk\n{\"id\": \"a\", \"gold\": []}\n");
        assertThat(Datasets.sniff(ScoreInputs.read(items))).isEqualTo(Mode.SENTENCES);
        Path docs = Files.writeString(tmp.resolve("docs.jsonl"), "{\"id\": \"a\", \"gold\": [], \"kind\": null}\n");
        assertThat(Datasets.sniff(ScoreInputs.read(docs))).isEqualTo(Mode.DOCS);
    }
}
