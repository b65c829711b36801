package dyad.extract.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.extract.Models;
import dyad.extract.actors.Discourse;
import dyad.extract.actors.Mention;
import dyad.extract.actors.MentionFinder;
import dyad.source.Catalog;
import dyad.nlp.LayoutNormalizer;
import dyad.model.EventDate;
import dyad.nlp.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A developer's tally of why gold events are missed, before any rule decides: for each gold
 * event, whether a trigger of its type fires in its sentence, whether its named parties are
 * mentions with the right country, and whether the trigger's frame finds them.
 * Run: java -cp … dyad.extract.events.Diagnose GOLD.jsonl DOCS_DIR [--show CATEGORY]
 */
public final class Diagnose {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path docs = Path.of(args[1]);
        String show = args.length > 3 ? args[3] : null;
        List<JsonNode> system = new ArrayList<>(); // with a system file (-Dsystem=…), only the gold events it misses
        if (System.getProperty("system") != null) {
            for (String line : Files.readAllLines(Path.of(System.getProperty("system")))) {
                JsonNode n = json.readTree(line);
                if (n.path("kind").asText().equals("event")) {
                    system.add(n);
                }
            }
        }
        Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode n = json.readTree(line);
            if (n.path("kind").asText().equals("event")) {
                byDoc.computeIfAbsent(n.path("doc").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        Models models = Models.load();
        MentionFinder finder = new MentionFinder(models.gazetteer());
        TriggerMatcher matcher = new TriggerMatcher(models.lexicon());
        ArgumentFinder arguments = new ArgumentFinder(models.lexicon());
        Catalog catalog = Catalog.in(docs, e -> { });
        Map<String, Integer> tally = new TreeMap<>();
        for (var entry : byDoc.entrySet()) {
            Path file = docs.resolve(entry.getKey());
            String text = Files.readString(file);
            EventDate date = catalog.entry(file).map(Catalog.Entry::published).orElse(EventDate.UNKNOWN);
            LocalDate day = date.firstDay();
            List<Sentence> sentences = models.nlp().analyze(new LayoutNormalizer().normalize(text), s -> true).sentences();
            Discourse discourse = new Discourse(finder);
            Map<Integer, List<Mention>> mentionsAt = new LinkedHashMap<>();
            for (Sentence s : sentences) {
                mentionsAt.put(s.index(), discourse.resolve(text, finder.find(text, s, day), day, s));
            }
            for (JsonNode g : entry.getValue()) {
                if (system.stream().anyMatch(x -> matches(x, g))) {
                    continue;
                }
                int start = g.path("evidence").path("start").asInt();
                int end = g.path("evidence").path("end").asInt();
                Sentence s = sentences.stream().filter(x -> x.start() < end && start < x.end()).findFirst().orElse(null);
                String category = s == null ? "no sentence" : category(g, s, mentionsAt.get(s.index()), matcher, arguments);
                tally.merge(category, 1, Integer::sum);
                if (show != null && category.startsWith(show)) {
                    System.out.println("[" + category + "] " + g.path("type").asText() + " " + party(g.path("source"))
                            + " -> " + party(g.path("target")) + " | " + g.path("evidence").path("text").asText()
                            + (s == null ? "" : firedList(s, matcher)));
                }
            }
        }
        tally.forEach((k, v) -> System.out.println(v + "\t" + k));
    }

    /** The triggers that fire in a sentence, as " {lemma TYPE/mode, …}". */
    private static String firedList(Sentence s, TriggerMatcher matcher) {
        List<String> out = new ArrayList<>();
        for (TriggerMatcher.Fired f : matcher.fire(s)) {
            out.add(s.token(f.token()).word() + " " + f.rule().type() + "/" + (f.rule().mode() == null ? "-" : f.rule().mode()));
        }
        return out.isEmpty() ? "" : " {" + String.join(", ", out) + "}";
    }

    private static boolean matches(JsonNode s, JsonNode g) {
        return s.path("doc").asText().equals(g.path("doc").asText()) && s.path("type").asText().equals(g.path("type").asText())
                && s.path("source").path("country").asText("null").equals(g.path("source").path("country").asText("null"))
                && s.path("target").path("country").asText("null").equals(g.path("target").path("country").asText("null"))
                && s.path("evidence").path("start").asInt() < g.path("evidence").path("end").asInt()
                && g.path("evidence").path("start").asInt() < s.path("evidence").path("end").asInt();
    }

    private static String party(JsonNode a) {
        return a.isMissingNode() || a.isNull() ? "-" : a.path("country").asText("null") + "(" + a.path("text").asText("null") + ")";
    }

    private static String category(JsonNode g, Sentence s, List<Mention> mentions, TriggerMatcher matcher,
                                   ArgumentFinder arguments) {
        String type = g.path("type").asText();
        List<TriggerMatcher.Fired> fired = matcher.fire(s);
        Set<Integer> tokens = new HashSet<>();
        fired.forEach(f -> tokens.add(f.token()));
        List<TriggerMatcher.Fired> ofType = fired.stream().filter(f -> f.rule().type().name().equals(type)).toList();
        if (ofType.isEmpty()) {
            return fired.isEmpty() ? "A no trigger at all" : "B trigger of another type";
        }
        String src = mentionState(g.path("source"), mentions);
        String tgt = mentionState(g.path("target"), mentions);
        if (!src.equals("ok") || !tgt.equals("ok")) {
            return "C mention: source " + src + ", target " + tgt;
        }
        for (TriggerMatcher.Fired f : ofType) {
            ArgumentFinder.Frame frame = arguments.find(s, f.token(), f.consumed(), mentions, tokens);
            boolean srcOk = implicit(g.path("source")) || frame.sources().stream().anyMatch(m -> same(g.path("source"), m))
                    || frame.mutual().stream().anyMatch(m -> same(g.path("source"), m));
            boolean tgtOk = implicit(g.path("target")) || frame.targets().stream().anyMatch(m -> same(g.path("target"), m))
                    || frame.mutual().stream().anyMatch(m -> same(g.path("target"), m));
            if (srcOk && tgtOk) {
                return "E frame finds both (" + (implicit(g.path("source")) || implicit(g.path("target")) ? "with implicit" : "named") + ")";
            }
        }
        return "D frame misses " + (implicit(g.path("source")) ? "" : "src/") + (implicit(g.path("target")) ? "" : "tgt");
    }

    private static boolean implicit(JsonNode a) {
        return a.isMissingNode() || a.isNull() || a.path("text").isNull();
    }

    private static String mentionState(JsonNode a, List<Mention> mentions) {
        if (implicit(a)) {
            return "ok";
        }
        int start = a.path("start").asInt();
        int end = a.path("end").asInt();
        List<Mention> over = mentions.stream().filter(m -> m.actor() != null && m.actor().start() != null
                && m.actor().start() < end && start < m.actor().end()).toList();
        if (over.isEmpty()) {
            return "missing";
        }
        return over.stream().anyMatch(m -> sameCountry(a, m)) ? "ok" : "wrong-country";
    }

    private static boolean same(JsonNode a, Mention m) {
        return sameCountry(a, m) && m.actor().start() != null && m.actor().start() < a.path("end").asInt()
                && a.path("start").asInt() < m.actor().end();
    }

    private static boolean sameCountry(JsonNode a, Mention m) {
        String want = a.path("country").isNull() ? null : a.path("country").asText(null);
        return java.util.Objects.equals(want, m.actor().country());
    }
}
