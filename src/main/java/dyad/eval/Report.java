package dyad.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring one system file against one gold file. Quotes, letters and
 * relations are scored in docs mode only (null in sentence mode). {@link #format()} and
 * {@link #toJson()} follow score.py's report and --json output line for line and key for key.
 */
public record Report(String goldFile, String systemFile, Mode mode, int docs, SystemInfo systemInfo,
                     EventScores eventsStrict, EventScores eventsAgnostic,
                     QuoteScores quotes, LetterScores letters, RelationScores relations) {

    public Report {
        if (mode == Mode.AUTO) {
            throw new IllegalArgumentException("a report has a resolved mode (docs or sentences), not auto");
        }
        if ((mode == Mode.DOCS) != (quotes != null && letters != null && relations != null)) {
            throw new IllegalArgumentException("quotes, letters and relations are scored in docs mode only");
        }
    }

    /** The headline numbers (score.py's "summary"), in its order; null where undefined. */
    public Map<String, Number> summary() {
        Map<String, Number> out = new LinkedHashMap<>();
        out.put("events_f1", eventsStrict.micro().f1());
        out.put("events_p", eventsStrict.micro().p());
        out.put("events_r", eventsStrict.micro().r());
        out.put("events_agnostic_f1", eventsAgnostic.micro().f1());
        out.put("modality_acc", eventsStrict.modalityAcc().acc());
        out.put("date_acc", eventsStrict.dateAcc().acc());
        out.put("year_acc", eventsStrict.yearAcc().acc());
        if (mode == Mode.DOCS) {
            out.put("quotes_f1", quotes.prf().f1());
            out.put("speaker_acc", quotes.speakerAcc().acc());
            out.put("letters_f1", letters.prf().f1());
            out.put("demands_recall", letters.demandsRecallMean());
            out.put("authors_f1", letters.authorsF1Mean());
            out.put("recipients_f1", letters.recipientsF1Mean());
            out.put("references_recall", letters.referencesRecallMean());
            out.put("relations_f1", relations.prf().f1());
        }
        out.put("invalid_lines", systemInfo.invalidLines());
        return out;
    }

    /** The object score.py --json prints, with the same keys in the same order. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("gold_file", goldFile);
        o.put("system_file", systemFile);
        o.put("mode", mode.code());
        o.put("docs", docs);
        o.set("system_info", systemInfo.toJson());
        ObjectNode events = o.putObject("events");
        events.set("strict", eventsStrict.toJson());
        events.set("agnostic", eventsAgnostic.toJson());
        if (mode == Mode.DOCS) {
            o.set("quotes", quotes.toJson());
            o.set("letters", letters.toJson());
            o.set("relations", relations.toJson());
        }
        ObjectNode summary = o.putObject("summary");
        summary().forEach((k, v) -> {
            if (v == null) {
                summary.putNull(k);
            } else if (v instanceof Integer i) {
                summary.put(k, i);
            } else {
                summary.put(k, v.doubleValue());
            }
        });
        return o;
    }

    /** A readable report, laid out as score.py's: tables of gold/sys/tp/P/R/F1 per section. */
    public String format() {
        List<String> out = new ArrayList<>();
        SystemInfo info = systemInfo;
        out.add(String.format("gold %s (mode=%s, %d docs)  system %s (%d lines, %d invalid, %d out of scope, "
                        + "%d unscored)", goldFile, mode.code(), docs, systemFile, info.lines(), info.invalidLines(),
                info.outOfScope(), info.unscored()));
        out.add(header("EVENTS"));
        out.add(row("  strict", eventsStrict.micro()));
        out.add(row("  actor-agnostic", eventsAgnostic.micro()));
        for (var level : List.of(Map.entry("strict", eventsStrict), Map.entry("agnostic", eventsAgnostic))) {
            EventScores m = level.getValue();
            out.add(String.format("  on %s matches: %s  %s  %s  %s  macro_f1 %s", level.getKey(),
                    acc("modality", m.modalityAcc()), acc("mode", m.modeAcc()), acc("date", m.dateAcc()),
                    acc("year", m.yearAcc()), fmt(m.macroF1())));
        }
        out.add(header("  per type (strict)"));
        eventsStrict.perType().forEach((t, m) -> out.add(row("    " + t, m)));
        if (mode == Mode.DOCS) {
            out.add(header("QUOTES"));
            out.add(row("  quotes", quotes.prf()));
            out.add("  on matches: " + acc("speaker", quotes.speakerAcc()) + "  "
                    + acc("speaker country", quotes.speakerCountryAcc()));
            out.add(header("LETTERS"));
            out.add(row("  letters", letters.prf()));
            out.add(row("  demands (micro)", letters.demands()));
            for (LetterScores.PerLetter x : letters.perLetter()) {
                out.add(String.format("  %s:%d%s demands_r %s  authors_f1 %s  recipients_f1 %s  "
                                + "references_r %s  replied %s", x.doc(), x.line(),
                        x.matched() ? "" : " (no system letter)", fmt(x.demands().r()), fmt(x.authors().f1()),
                        fmt(x.recipients().f1()), fmt(x.references().r()), fmt(x.repliedAcc().acc())));
            }
            out.add(header("RELATIONS"));
            out.add(row("  relations", relations.prf()));
            relations.perAttribute().forEach((a, m) -> out.add(row("    " + a, m)));
        }
        info.invalid().stream().limit(5)
                .forEach(bad -> out.add("invalid system line " + bad.line() + ": " + bad.reason()));
        List<String> pairs = new ArrayList<>();
        summary().forEach((k, v) -> pairs.add(k + "=" + (v == null ? "na" : fmt(v))));
        out.add(String.join(" ", pairs));
        return String.join("\n", out);
    }

    private static String header(String title) {
        return String.format("%-30s %6s %6s %6s %6s %6s %6s", title, "gold", "sys", "tp", "P", "R", "F1");
    }

    private static String row(String label, Prf m) {
        return String.format("%-30s %6s %6s %6s %6s %6s %6s", label, m.gold(), m.system(), m.tp(),
                fmt(m.p()), fmt(m.r()), fmt(m.f1()));
    }

    private static String acc(String label, Ratio a) {
        return String.format("%s %s (%d/%d)", label, fmt(a.acc()), a.correct(), a.n());
    }

    /**
     * "-" for undefined, integers as they are, fractions to three places. Rounded from the
     * exact binary value, half to even, as Python's "%.3f" does (Java's %.3f rounds
     * 0.0625 up; Python prints 0.062).
     */
    static String fmt(Number x) {
        if (x == null) {
            return "-";
        }
        if (x instanceof Double d) {
            if (!Double.isFinite(d)) {
                return d.isNaN() ? "nan" : d > 0 ? "inf" : "-inf";
            }
            String s = new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
            return d < 0 || (d == 0 && 1 / d < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
        }
        return x.toString();
    }
}
