package dyad.eval;

import static dyad.eval.Norm.field;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Greedy.Item;
import dyad.eval.ScoreInputs.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns gold and system lines into the records to score, per kind. Gold must be clean (the
 * first bad line stops the run, naming file and line); system output is scored as far as it
 * can be, with every unusable line counted.
 */
final class Datasets {

    private static final List<String> SYSTEM_KINDS = List.of("event", "quote", "letter", "relation");

    private Datasets() {
    }

    /** Records by kind, each tagged with its document base name and line. */
    record Records(List<Item> events, List<Item> quotes, List<Item> letters, List<Item> relations) {
        Records() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(String kind, Item item) {
            switch (kind) {
                case "event" -> events.add(item);
                case "quote" -> quotes.add(item);
                case "letter" -> letters.add(item);
                case "relation" -> relations.add(item);
                default -> throw new IllegalArgumentException("not a scored kind: " + kind);
            }
        }
    }

    /** The gold side: the resolved mode, the documents scored (the universe) and the records. */
    record Gold(Mode mode, Set<String> universe, Records records) {
    }

    /** The system side: its scorable records and what happened to the other lines. */
    record Output(Records records, SystemInfo info) {
    }

    static Gold gold(ScoreInputs in, Mode requested) {
        Mode mode = requested == Mode.AUTO ? sniff(in) : requested;
        Set<String> universe = new HashSet<>();
        Records records = new Records();
        for (Line line : in.lines()) {
            int n = line.number();
            JsonNode obj = line.json();
            if (obj == null) {
                throw new ScoreInputException(in.where(n, line.problem()));
            }
            if (mode == Mode.SENTENCES) {
                JsonNode gold = obj.get("gold");
                if (!obj.has("id") || gold == null || !gold.isArray()) {
                    throw new ScoreInputException(in.where(n, "sentence item needs 'id' and a 'gold' list"));
                }
                String doc = Norm.docKey(PyJson.str(obj.get("id")) + ".txt");
                if (!universe.add(doc)) {
                    throw new ScoreInputException(in.where(n, "duplicate item id " + PyJson.repr(obj.get("id"))));
                }
                for (JsonNode ev : gold) {
                    if (!ev.isObject() || Norm.text(ev, "type") == null) {
                        throw new ScoreInputException(in.where(n, "gold event without string 'type'"));
                    }
                    records.events().add(new Item(ev, doc, n));
                }
                continue;
            }
            if ("doc".equals(Norm.text(obj, "kind"))) {
                String doc = Norm.text(obj, "doc");
                if (doc == null) {
                    throw new ScoreInputException(in.where(n, "doc record without string 'doc'"));
                }
                universe.add(Norm.docKey(doc));
                continue;
            }
            String why = scoringProblem(obj);
            if (why != null) {
                throw new ScoreInputException(in.where(n, "gold record: " + why));
            }
            String doc = Norm.docKey(obj.get("doc").textValue());
            universe.add(doc);
            records.add(obj.get("kind").textValue(), new Item(obj, doc, n));
        }
        return new Gold(mode, Set.copyOf(universe), records);
    }

    static Output system(ScoreInputs in, Mode mode, Set<String> universe) {
        Records records = new Records();
        List<SystemInfo.Invalid> invalid = new ArrayList<>();
        int invalidLines = 0;
        int outOfScope = 0;
        int unscored = 0;
        for (Line line : in.lines()) {
            JsonNode obj = line.json();
            String why = obj == null ? line.problem() : scoringProblem(obj);
            if (why != null) {
                invalidLines++;
                if (invalid.size() < SystemInfo.MAX_EXAMPLES) {
                    invalid.add(new SystemInfo.Invalid(line.number(), why));
                }
                continue;
            }
            String doc = Norm.docKey(obj.get("doc").textValue());
            // Sentence items are documents "<id>.txt"; a system that wrote "<id>" means the same.
            if (mode == Mode.SENTENCES && !universe.contains(doc) && universe.contains(doc + ".txt")) {
                doc += ".txt";
            }
            String kind = obj.get("kind").textValue();
            if (!universe.contains(doc)) {
                outOfScope++;
            } else if (mode == Mode.SENTENCES && !kind.equals("event")) {
                unscored++;
            } else {
                records.add(kind, new Item(obj, doc, line.number()));
            }
        }
        return new Output(records, new SystemInfo(in.lines().size(), invalidLines, invalid, outOfScope, unscored));
    }

    /** Sentence mode when the first parsable object has "id" and "gold" and no "kind". */
    static Mode sniff(ScoreInputs in) {
        for (Line line : in.lines()) {
            if (line.json() != null) {
                JsonNode o = line.json();
                return !o.has("kind") && o.has("gold") && o.has("id") ? Mode.SENTENCES : Mode.DOCS;
            }
        }
        return Mode.DOCS;
    }

    /** Why a record cannot be scored (score.py's scoring_problem), or null. */
    static String scoringProblem(JsonNode rec) {
        JsonNode kindNode = field(rec, "kind");
        if (kindNode == null || !kindNode.isTextual()) {
            return "no string 'kind'";
        }
        String kind = kindNode.textValue();
        if (kind.equals("doc")) {
            return "kind 'doc' is gold-only";
        }
        if (!SYSTEM_KINDS.contains(kind)) {
            return "unknown kind " + PyText.repr(kind);
        }
        String doc = Norm.text(rec, "doc");
        if (doc == null || PyText.strip(doc).isEmpty()) {
            return "no string 'doc'";
        }
        if (kind.equals("event") && Norm.text(rec, "type") == null) {
            return "event without string 'type'";
        }
        if (kind.equals("relation")) {
            JsonNode pair = field(rec, "pair");
            if (pair == null || !pair.isArray() || pair.size() != 2) {
                return "relation 'pair' is not a list of two";
            }
            if (Norm.text(rec, "attribute") == null || field(rec, "value") == null) {
                return "relation without 'attribute'/'value'";
            }
        }
        return null;
    }
}
