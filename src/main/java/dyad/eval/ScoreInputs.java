package dyad.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSONL file as scoring sees it: its non-blank lines, numbered as in the file, each parsed
 * to a JSON object or carrying why it could not be. Reading never fails on a bad line; the
 * scorer decides (fatal for gold, counted for system output).
 */
public record ScoreInputs(String name, List<Line> lines) {

    /** Parsed like Python's json.loads: NaN/Infinity allowed, nothing after the value. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public ScoreInputs {
        lines = List.copyOf(lines);
    }

    /** One non-blank line: exactly one of {@code json} (an object) and {@code problem} is set. */
    public record Line(int number, JsonNode json, String problem) {
        public Line {
            if ((json == null) == (problem == null)) {
                throw new IllegalArgumentException("line " + number + " needs either an object or a problem");
            }
            if (json != null && !json.isObject()) {
                throw new IllegalArgumentException("line " + number + " is not a JSON object");
            }
        }
    }

    /** Reads a JSONL file; blank lines are skipped but still counted in line numbers. */
    public static ScoreInputs read(Path path) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ScoreInputException("cannot read " + path + ": " + describe(e), e);
        }
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                if (!blank(data, start, i)) {
                    lines.add(parse(number, data, start, i));
                }
                number++;
                start = i + 1;
            }
        }
        return new ScoreInputs(path.toString(), lines);
    }

    /**
     * The gold file's objects; the first line that is not one throws, naming file and line.
     * Prefer {@code Scorer.score(read(gold), read(system), mode)}: plain nodes lose the file name
     * and count lines 1..n, so later gold errors and letter lines are off when the file has blank lines.
     */
    public static List<JsonNode> readGold(Path path) {
        ScoreInputs in = read(path);
        List<JsonNode> out = new ArrayList<>();
        for (Line line : in.lines()) {
            if (line.json() == null) {
                throw new ScoreInputException(in.where(line.number(), line.problem()));
            }
            out.add(line.json());
        }
        return out;
    }

    /**
     * The system file's lines as nodes, a JSON null standing for each line that is not an
     * object, so that it is still counted as invalid (with the reason "not a JSON object").
     */
    public static List<JsonNode> readSystem(Path path) {
        return read(path).lines().stream()
                .map(l -> l.json() == null ? (JsonNode) NullNode.getInstance() : l.json())
                .toList();
    }

    /** Inputs already parsed, numbered 1..n; values that are not objects become problem lines. */
    public static ScoreInputs of(String name, List<JsonNode> nodes) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            lines.add(n != null && n.isObject() ? new Line(i + 1, n, null) : new Line(i + 1, null, "not a JSON object"));
        }
        return new ScoreInputs(name, lines);
    }

    /** "gold.jsonl line 12: why", the form every input error takes. */
    String where(int line, String why) {
        return name + " line " + line + ": " + why;
    }

    private static Line parse(int number, byte[] data, int start, int end) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Line(number, null, "not JSON: " + e.getOriginalMessage());
        }
        return node.isObject() ? new Line(number, node, null) : new Line(number, null, "not a JSON object");
    }

    /** Python's bytes.strip() whitespace: space, \t, \n, \r, \v, \f. */
    private static boolean blank(byte[] data, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0x0b && b != 0x0c) {
                return false;
            }
        }
        return true;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
