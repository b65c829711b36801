package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Builds system files from gold by seeded random damage (dropped, retyped, re-countried,
 * re-dated, shifted and duplicated records, plus lines that must be counted, not scored),
 * so the agreement tests exercise every branch of the match functions and metrics.
 */
final class Perturb {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = EventScores.PLOVER_TYPES;
    private static final List<String> COUNTRIES = List.of("USA", "CAN", "VEN", "RUS", "CUB");

    private final Random random;
    private final double rate;

    /** rate: the chance each kind of damage is applied to a record (0.1 light, 0.4 heavy). */
    Perturb(long seed, double rate) {
        this.random = new Random(seed);
        this.rate = rate;
    }

    /** System lines (JSON text, some deliberately invalid) for docs-mode gold records. */
    List<String> docs(List<JsonNode> gold) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : gold) {
            if (!g.has("kind") || g.get("kind").asText().equals("doc") || hit()) {
                continue; // dropped
            }
            ObjectNode s = g.deepCopy();
            switch (s.get("kind").asText()) {
                case "event" -> event(s);
                case "quote" -> quote(s);
                case "letter" -> letter(s);
                case "relation" -> relation(s);
                default -> { }
            }
            if (hit()) {
                s.put("doc", "some/dir\\" + s.get("doc").asText()); // paths compare by base name
            }
            out.add(s.toString());
            if (hit()) {
                out.add(s.toString()); // a duplicate cannot match twice
            }
        }
        ObjectNode stray = gold.get(0).deepCopy();
        stray.put("doc", "not_in_gold.txt");
        out.add(stray.toString());
        out.addAll(List.of("{not json", "[1, 2]", "{\"doc\": \"x.txt\"}", "{\"kind\": \"doc\", \"doc\": \"x.txt\"}",
                "{\"kind\": \"note\", \"doc\": \"x.txt\"}", "{\"kind\": \"event\", \"doc\": \"x.txt\"}",
                "{\"kind\": \"relation\", \"doc\": \"x.txt\", \"pair\": [\"A\"], \"attribute\": \"a\", \"value\": 1}",
                "   "));
        Collections.shuffle(out, random);
        return out;
    }

    /** System lines for sentence items: one event per gold event, as "<id>.txt" or "<id>". */
    List<String> sentences(List<JsonNode> items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            String id = item.get("id").asText();
            for (JsonNode g : item.get("gold")) {
                if (hit()) {
                    continue;
                }
                ObjectNode s = JsonNodeFactory.instance.objectNode();
                s.put("kind", "event");
                s.put("doc", random.nextBoolean() ? id + ".txt" : id);
                for (String f : List.of("type", "mode", "modality", "source", "target", "date")) {
                    if (g.has(f)) {
                        s.set(f, g.get(f).deepCopy());
                    }
                }
                event(s);
                out.add(s.toString());
                if (hit()) {
                    out.add(s.toString());
                }
            }
            if (hit()) {
                out.add("{\"kind\": \"quote\", \"doc\": \"" + id + ".txt\", \"text\": \"unscored here\"}");
            }
        }
        out.add("{\"kind\": \"event\", \"doc\": \"no-such-item.txt\", \"type\": \"AGREE\"}");
        out.add("{\"kind\": \"event\", \"doc\": \"x\"}");
        return out;
    }

    private void event(ObjectNode s) {
        if (hit()) {
            s.put("type", pick(TYPES));
        } else if (hit()) {
            s.put("type", " " + s.get("type").asText().toLowerCase() + " ");
        }
        for (String side : List.of("source", "target")) {
            if (hit() && s.get(side) instanceof ObjectNode a) {
                if (random.nextBoolean()) {
                    a.put("country", pick(COUNTRIES));
                } else {
                    a.putNull("country");
                }
            }
        }
        if (hit()) {
            s.put("modality", pick(List.of("asserted", "negated", "intended", "hypothetical")));
        }
        if (hit()) {
            s.put("mode", random.nextBoolean() ? null : "Diplomatic");
        }
        if (hit()) {
            date(s);
        }
        if (hit() && s.get("evidence") instanceof ObjectNode ev && ev.has("start")) {
            shift(ev);
        }
    }

    private void date(ObjectNode s) {
        switch (random.nextInt(5)) {
            case 0 -> s.remove("date");
            case 1 -> s.putObject("date").put("value", "2017").put("precision", "year");
            case 2 -> s.putObject("date").put("value", 2023).put("precision", "YEAR");
            case 3 -> s.putObject("date").putNull("value").put("precision", "unknown");
            default -> s.putObject("date").put("value", "2023-12-01").put("precision", "day");
        }
    }

    /** Moves a span by up to ±200 offsets: sometimes still overlapping, sometimes not; or removes it. */
    private void shift(ObjectNode o) {
        if (random.nextInt(6) == 0) {
            o.put("start", 0).put("end", 0);
            return;
        }
        int d = random.nextInt(401) - 200;
        int start = Math.max(0, o.get("start").asInt() + d);
        int end = Math.max(start + 1, o.get("end").asInt() + d + random.nextInt(21) - 10);
        o.put("start", start).put("end", end);
    }

    private void quote(ObjectNode s) {
        if (hit()) {
            shift(s);
        }
        if (hit()) {
            s.remove("start");
            s.remove("end");
            String text = s.get("text").asText();
            s.put("text", text.substring(0, text.length() / (1 + random.nextInt(3))));
        }
        if (hit() && s.get("speaker") instanceof ObjectNode sp) {
            switch (random.nextInt(4)) {
                case 0 -> sp.put("name", "Dr. " + sp.path("name").asText("X").toUpperCase());
                case 1 -> sp.put("name", "Someone Else");
                case 2 -> sp.remove("name");
                default -> sp.put("country", pick(COUNTRIES));
            }
        }
    }

    private void letter(ObjectNode s) {
        if (s.get("demands") instanceof ArrayNode demands) {
            for (int i = demands.size() - 1; i >= 0; i--) {
                if (hit()) {
                    demands.remove(i);
                } else if (hit() && demands.get(i) instanceof ObjectNode d) {
                    d.put("start", 0).put("end", 0);
                }
            }
        }
        for (String side : List.of("authors", "recipients")) {
            if (s.get(side) instanceof ArrayNode actors && !actors.isEmpty() && hit()) {
                ((ObjectNode) actors.get(0)).put("role", random.nextBoolean() ? "gov" : "");
            }
        }
        if (s.get("references") instanceof ArrayNode refs) {
            refs.forEach(r -> {
                if (hit()) {
                    ((ObjectNode) r).put("replied", !r.path("replied").asBoolean());
                }
            });
        }
        if (hit()) {
            date(s);
        }
    }

    private void relation(ObjectNode s) {
        if (hit()) {
            String v = s.get("value").asText();
            s.put("value", v.equals("none") ? "NONE" : v.equals("chargé") ? "Charge" : " " + v.toUpperCase());
        }
        if (hit()) {
            ArrayNode pair = (ArrayNode) s.get("pair");
            JsonNode first = pair.remove(0);
            pair.add(first); // symmetric for diplomatic_level only
        }
        if (hit()) {
            date(s);
        }
    }

    private boolean hit() {
        return random.nextDouble() < rate;
    }

    private <T> T pick(List<T> xs) {
        return xs.get(random.nextInt(xs.size()));
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException(line, e);
        }
    }
}
