package dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Java and shared/tools/score.py must report the same numbers. System files are made by
 * damaging gold in code, written to a temp dir and scored by both; the whole --json object
 * and the text report are compared (numbers to 1e-12, as both do the same IEEE arithmetic).
 */
class AgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsPythonAndShared() {
        shared = Path.of(System.getProperty("dyad.shared", "../shared")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("tools/score.py")), "no shared dir at " + shared);
        Assumptions.assumeTrue(pythonAvailable(), "python3 not available");
    }

    @ParameterizedTest(name = "seeds, seed {0}, damage {1}, extra gold docs {2}")
    @CsvSource({"1, 0.1, false", "2, 0.25, true", "3, 0.5, false", "4, 0.9, true"})
    void docsModeAgrees(long seed, double rate, boolean extraGoldDocs) throws Exception {
        List<String> goldLines = Files.readAllLines(shared.resolve("gold/seeds.jsonl"), StandardCharsets.UTF_8);
        List<String> gold = new ArrayList<>(goldLines);
        if (extraGoldDocs) {
            // An annotated document with no records: whatever the system says about it is a false positive.
            gold.add("{\"kind\": \"doc\", \"doc\": \"corpus/empty_doc.txt\"}");
        }
        List<String> system = new Perturb(seed, rate).docs(goldLines.stream().map(Perturb::parse).toList());
        if (extraGoldDocs) {
            system.add("{\"kind\": \"event\", \"doc\": \"empty_doc.txt\", \"type\": \"AGREE\"}");
            system.add("{\"kind\": \"relation\", \"doc\": \"empty_doc.txt\", \"pair\": [\"CAN\", \"VEN\"],"
                    + " \"attribute\": \"sanctions\", \"value\": \"lifted\"}");
        }
        assertAgree(write("gold.jsonl", gold), write("system.jsonl", system), "docs");
    }

    /** Values of the wrong type and odd encodings, where Python's and Java's notions of str, int and == differ. */
    @Test
    void oddValuesAgree() throws Exception {
        String d0 = "000_005191f5fc1160e7.txt";
        String d1 = "001_9a74572e5f4a81b1.txt";
        List<String> system = new ArrayList<>(List.of(
                "\ufeff{\"kind\": \"event\", \"doc\": \"" + d0 + "\", \"type\": \"ASSAULT\"}",
                "{\"kind\": \"event\", \"doc\": \"" + d0 + "\", \"type\": \"ASSAULT\", \"source\": {\"country\": 5},"
                        + " \"evidence\": {\"start\": true, \"end\": 300}}",
                "{\"kind\": \"event\", \"doc\": \"" + d0 + "\", \"type\": \" request \", \"source\": {\"country\": \" can\"},"
                        + " \"target\": {\"country\": \"CAN\"}, \"evidence\": {\"start\": 23.0, \"end\": 214},"
                        + " \"date\": {\"value\": 2026, \"precision\": null}, \"modality\": \"ASSERTED\", \"x\": NaN}",
                "{\"kind\": \"event\", \"doc\": \"" + d0 + "\", \"type\": \"REQUEST\", \"source\": {\"country\": \"CAN\"},"
                        + " \"target\": {\"country\": \"CAN\"}, \"evidence\": {\"start\": 23, \"end\": 214},"
                        + " \"date\": {\"value\": \"2026-01-08\", \"precision\": \" Day \"}, \"mode\": \"Change\"}",
                "{\"kind\": \"relation\", \"doc\": \"" + d1 + "\", \"pair\": [null, \"VEN\"], \"attribute\": \"Sanctions \", \"value\": 1}",
                "{\"kind\": \"relation\", \"doc\": \"" + d1 + "\", \"pair\": [\"ven\", \"can\"],"
                        + " \"attribute\": \"diplomatic_level\", \"value\": \"NONE\", \"date\": {\"value\": \"2023-12-01\"}}",
                "{\"kind\": \"relation\", \"doc\": \"" + d1 + "\", \"pair\": [\"CAN\", \"VEN\"], \"attribute\": \"  \", \"value\": [1]}",
                "{\"kind\": \"quote\", \"doc\": \"" + d0 + "\", \"text\": \"run Venezuela\", \"start\": \"937\", \"end\": 950,"
                        + " \"speaker\": {\"name\": \"DONALD J. TRUMP\", \"country\": \"usa\"}}",
                "{\"kind\": \"letter\", \"doc\": \"" + d0 + "\", \"demands\": {\"a\": 1}, \"authors\": \"APG\","
                        + " \"recipients\": [{\"text\": \"Prime Minister Mark Carney\", \"country\": \"CAN\", \"role\": 0}],"
                        + " \"references\": [{\"date\": {\"value\": \"2025-11-13\"}, \"replied\": 0}]}",
                "{\"kind\": \"event\", \"doc\": 7, \"type\": \"AGREE\"}",
                "{\"kind\": \"event\", \"doc\": \"   \", \"type\": \"AGREE\"}"));
        Path sys = write("system.jsonl", system);
        Files.write(sys, new byte[] {'{', '"', (byte) 0xc3, '"', '}', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertAgree(shared.resolve("gold/seeds.jsonl"), sys, "docs");
    }

    @ParameterizedTest(name = "{0}, seed {1}, damage {2}")
    @CsvSource({"bench/plover_gsr/items.jsonl, 5, 0.2", "bench/plover_gsr/items.jsonl, 6, 0.6",
            "bench/plover_gsr/items.jsonl, 7, 0.95", "bench/petr2_gsr_validation/items.jsonl, 8, 0.5"})
    void sentenceModeAgrees(String bench, long seed, double rate) throws Exception {
        Path gold = shared.resolve(bench);
        List<JsonNode> items = Files.readAllLines(gold, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(Perturb::parse).toList();
        List<String> system = new Perturb(seed, rate).sentences(items);
        assertAgree(gold, write("system.jsonl", system), "sentences");
    }

    /** Both refuse gold they cannot score, at the same line (this bench has events with type null). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"bench/petrarch2_unittest/items.jsonl"})
    void malformedGoldIsRejectedByBoth(String bench) throws Exception {
        Path gold = shared.resolve(bench);
        Path system = write("system.jsonl", List.of());
        Process p = new ProcessBuilder("python3", shared.resolve("tools/score.py").toString(),
                "--gold", gold.toString(), "--system", system.toString()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(2);
        String line = err.replaceAll("(?s).*items\\.jsonl:(\\d+):.*", "$1");

        assertThatThrownBy(() -> Scorer.score(ScoreInputs.read(gold), ScoreInputs.read(system), Mode.AUTO))
                .isInstanceOf(ScoreInputException.class)
                .hasMessage(gold + " line " + line + ": gold event without string 'type'");
    }

    private void assertAgree(Path gold, Path system, String expectedMode) throws Exception {
        Report java = Scorer.score(ScoreInputs.read(gold), ScoreInputs.read(system), Mode.AUTO);
        JsonNode python = JSON.readTree(python(gold, system, "--json"));

        assertThat(java.mode().code()).isEqualTo(expectedMode);
        List<String> diffs = new ArrayList<>();
        compare("", python, java.toJson(), diffs);
        assertThat(diffs).as("Java vs score.py --json").isEmpty();

        List<String> pyText = python(gold, system).lines().toList();
        List<String> javaText = java.format().lines().toList();
        assertThat(javaText).hasSameSizeAs(pyText);
        for (int i = 0; i < pyText.size(); i++) {
            assertThat(sameReason(javaText.get(i))).as("report line %d", i + 1).isEqualTo(sameReason(pyText.get(i)));
        }
        // The numbers the brief names, spelled out so a failure points at them.
        JsonNode strict = python.at("/events/strict");
        assertThat(java.eventsStrict().micro().f1()).isEqualTo(nullable(strict.get("f1")));
        assertThat(java.eventsAgnostic().micro().tp()).isEqualTo(python.at("/events/agnostic/tp").asInt());
        assertThat(java.systemInfo().invalidLines()).isEqualTo(python.at("/system_info/invalid_lines").asInt());
        if (java.mode() == Mode.DOCS) {
            assertThat(java.quotes().prf().tp()).isEqualTo(python.at("/quotes/tp").asInt());
            assertThat(java.letters().demandsRecallMean()).isEqualTo(nullable(python.at("/letters/demands_recall_mean")));
            assertThat(java.relations().prf().tp()).isEqualTo(python.at("/relations/tp").asInt());
        }
    }

    /** Deep comparison; numbers within 1e-12; JSON-parse error texts are library-specific. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> diffs) {
        if (actual == null) {
            diffs.add(path + ": missing in Java");
        } else if (expected.isNumber() && actual.isNumber()) {
            if (Math.abs(expected.doubleValue() - actual.doubleValue()) > 1e-12) {
                diffs.add(path + ": python " + expected + " java " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> pyKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(pyKeys::add);
            List<String> javaKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(javaKeys::add);
            if (!pyKeys.equals(javaKeys)) {
                diffs.add(path + ": keys python " + pyKeys + " java " + javaKeys);
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                compare(path + "/" + k, expected.get(k), actual.get(k), diffs);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), diffs);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!sameReason(expected.textValue()).equals(sameReason(actual.textValue()))) {
                diffs.add(path + ": python " + expected + " java " + actual);
            }
        } else if (!expected.equals(actual)) {
            diffs.add(path + ": python " + expected + " java " + actual);
        }
    }

    /** Python says "invalid JSON: <json module message>", Java "not JSON: <Jackson message>". */
    private static String sameReason(String s) {
        return s.replaceAll("(invalid JSON|not JSON): .*", "<bad JSON>");
    }

    private static Double nullable(JsonNode n) {
        return n == null || n.isNull() ? null : n.doubleValue();
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static String python(Path gold, Path system, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("tools/score.py").toString(),
                "--gold", gold.toString(), "--system", system.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("score.py failed: %s", err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
