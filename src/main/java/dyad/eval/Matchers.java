package dyad.eval;

import static dyad.eval.Norm.countryOf;
import static dyad.eval.Norm.field;
import static dyad.eval.Norm.normDate;
import static dyad.eval.Norm.normLower;
import static dyad.eval.Norm.normType;
import static dyad.eval.Norm.spanOf;
import static dyad.eval.Norm.text;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Norm.Offsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The match levels of score.py, one method each, on raw JSON records. Each returns the key
 * of a candidate pair (bigger is better) or empty when the pair cannot match; documents are
 * grouped before these are called, so none of them compares `doc`.
 */
public final class Matchers {

    private Matchers() {
    }

    /** A match level, as passed to the greedy matcher. */
    @FunctionalInterface
    public interface MatchFunction {
        Optional<MatchKey> key(JsonNode system, JsonNode gold);
    }

    /** A relation reduced to what must be equal for two relations to match. */
    public record RelationKey(String doc, List<String> pair, String attribute, String value, String date) {
    }

    /** Same type, equal source and target countries, overlapping evidence when gold has a span. */
    public static Optional<MatchKey> eventStrict(JsonNode s, JsonNode g) {
        if (!Objects.equals(normType(s), normType(g))
                || !Objects.equals(countryOf(field(s, "source")), countryOf(field(g, "source")))
                || !Objects.equals(countryOf(field(s, "target")), countryOf(field(g, "target")))) {
            return Optional.empty();
        }
        Offsets gspan = spanOf(field(g, "evidence"));
        Offsets sspan = spanOf(field(s, "evidence"));
        if (gspan != null && (sspan == null || Norm.overlap(sspan, gspan) <= 0)) {
            return Optional.empty();
        }
        return Optional.of(MatchKey.of(Norm.iou(sspan, gspan), secondaryAgreement(s, g)));
    }

    /** Same type only; countries, evidence and the rest only rank the candidates. */
    public static Optional<MatchKey> eventAgnostic(JsonNode s, JsonNode g) {
        if (!Objects.equals(normType(s), normType(g))) {
            return Optional.empty();
        }
        int countries = agree(countryOf(field(s, "source")), countryOf(field(g, "source")))
                + agree(countryOf(field(s, "target")), countryOf(field(g, "target")));
        return Optional.of(MatchKey.of(countries,
                Norm.iou(spanOf(field(s, "evidence")), spanOf(field(g, "evidence"))),
                secondaryAgreement(s, g)));
    }

    /** How many of mode, modality and date agree (only breaks ties between candidates). */
    static int secondaryAgreement(JsonNode s, JsonNode g) {
        return agree(normLower(s, "mode"), normLower(g, "mode"))
                + agree(normLower(s, "modality"), normLower(g, "modality"))
                + (dateCorrect(s, g) ? 1 : 0);
    }

    /** Quote spans overlap by at least half the shorter span; without a span, half the words. */
    public static Optional<MatchKey> quote(JsonNode s, JsonNode g) {
        Offsets ss = spanOf(s);
        Offsets gs = spanOf(g);
        if (ss != null && gs != null) {
            double r = (double) Norm.overlap(ss, gs) / Math.min(ss.length(), gs.length());
            return r >= 0.5 ? Optional.of(MatchKey.of(r, Norm.iou(ss, gs))) : Optional.empty();
        }
        double r = Norm.wordOverlapRatio(text(s, "text"), text(g, "text"));
        return r >= 0.5 ? Optional.of(MatchKey.of(r, 0.0)) : Optional.empty();
    }

    /** Demand spans overlap; when a span is missing, half the words of `text`, then of `summary`. */
    public static Optional<MatchKey> demand(JsonNode s, JsonNode g) {
        Offsets ss = spanOf(s);
        Offsets gs = spanOf(g);
        if (ss != null && gs != null) {
            return Norm.overlap(ss, gs) > 0 ? Optional.of(MatchKey.of(Norm.iou(ss, gs))) : Optional.empty();
        }
        for (String f : List.of("text", "summary")) {
            double r = Norm.wordOverlapRatio(text(s, f), text(g, f));
            if (r >= 0.5) {
                return Optional.of(MatchKey.of(r));
            }
        }
        return Optional.empty();
    }

    /** Letters of one document always match; prefer shared demands, then equal dates. */
    public static Optional<MatchKey> letter(JsonNode s, JsonNode g) {
        List<JsonNode> sd = objects(field(s, "demands"));
        int shared = 0;
        for (JsonNode gd : objects(field(g, "demands"))) {
            if (sd.stream().anyMatch(x -> demand(x, gd).isPresent())) {
                shared++;
            }
        }
        return Optional.of(MatchKey.of(shared, dateCorrect(s, g) ? 1 : 0));
    }

    /** Letter references match on date value; an equal `replied` ranks higher. */
    public static Optional<MatchKey> reference(JsonNode s, JsonNode g) {
        if (!Objects.equals(normDate(field(s, "date")).value(), normDate(field(g, "date")).value())) {
            return Optional.empty();
        }
        return Optional.of(MatchKey.of(PyJson.equal(field(s, "replied"), field(g, "replied")) ? 1 : 0));
    }

    /**
     * (doc, pair, attribute, value, date value). The pair is ordered except for the symmetric
     * diplomatic_level; values compare without case or accents ("Chargé" == "charge").
     */
    public static RelationKey relationKey(JsonNode r, String doc) {
        List<String> pair = new ArrayList<>();
        JsonNode p = field(r, "pair");
        if (p != null && p.isArray()) {
            p.forEach(x -> pair.add(PyText.upper(PyText.strip(PyJson.str(x)))));
        }
        String attr = normLower(r, "attribute");
        if ("diplomatic_level".equals(attr)) {
            pair.sort(PyText::compare);
        }
        String value = PyText.strip(PyText.casefold(PyText.stripAccents(PyJson.str(field(r, "value")))));
        return new RelationKey(doc, List.copyOf(pair), attr, underscoreRuns(value),
                normDate(field(r, "date")).value());
    }

    /** Normalised speaker names equal in full or in their last token; no name needs no name. */
    public static boolean speakerCorrect(JsonNode systemActor, JsonNode goldActor) {
        String g = Norm.actorName(goldActor);
        String s = Norm.actorName(systemActor);
        if (g.isEmpty() || s.isEmpty()) {
            return g.equals(s);
        }
        return g.equals(s) || last(g).equals(last(s));
    }

    /** Value and precision equal; a missing date is (null, unknown). */
    public static boolean dateCorrect(JsonNode s, JsonNode g) {
        return normDate(field(s, "date")).equals(normDate(field(g, "date")));
    }

    /** Gold year unknown needs an unknown system year; else the first four characters agree. */
    public static boolean yearCorrect(JsonNode s, JsonNode g) {
        String gv = normDate(field(g, "date")).value();
        String sv = normDate(field(s, "date")).value();
        if (gv == null) {
            return sv == null;
        }
        return sv != null && prefix(sv, 4).equals(prefix(gv, 4));
    }

    /** The object members of a JSON array (score.py's dict_items); nothing for other values. */
    static List<JsonNode> objects(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(x -> {
                if (x.isObject()) {
                    out.add(x);
                }
            });
        }
        return out;
    }

    private static int agree(String a, String b) {
        return Objects.equals(a, b) ? 1 : 0;
    }

    private static String last(String name) {
        List<String> tokens = PyText.split(name);
        return tokens.get(tokens.size() - 1);
    }

    /** Python's s[:n], counted in code points. */
    private static String prefix(String s, int n) {
        int cps = s.codePointCount(0, s.length());
        return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** re.sub(r"[\s\-]+", "_", value). */
    private static String underscoreRuns(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean inRun = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean sep = cp == '-' || PyText.isSpace(cp);
            if (!sep) {
                out.appendCodePoint(cp);
            } else if (!inRun) {
                out.append('_');
            }
            inRun = sep;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
