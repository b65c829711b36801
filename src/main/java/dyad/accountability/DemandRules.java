package dyad.accountability;

import dyad.extract.actors.TsvTable;
import dyad.model.PloverType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The demand action classes of {@code demand-rules.tsv}, checked when loaded (errors name file and line). */
public final class DemandRules {

    public static final String RESOURCE = "/dyad/accountability/demand-rules.tsv";

    private final List<DemandRule> rules;

    public DemandRules(List<DemandRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DemandRules load() {
        return load(RESOURCE);
    }

    static DemandRules load(String resource) {
        List<DemandRule> rules = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        for (TsvTable.Row row : TsvTable.read(resource, 5)) {
            String actionClass = row.cell(0);
            if (!classes.add(actionClass)) {
                throw row.error("action class '" + actionClass + "' is listed twice");
            }
            Pattern cue = row.pattern(1, "cue of " + actionClass);
            Set<PloverType> types = EnumSet.noneOf(PloverType.class);
            for (String t : row.cell(2).split(",")) {
                try {
                    types.add(PloverType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown PLOVER event type '" + t.trim() + "'");
                }
            }
            String named = row.cell(3);
            if (!named.equals("yes") && !named.equals("no")) {
                throw row.error("named_party must be yes or no, got '" + named + "'");
            }
            double confidence;
            try {
                confidence = Double.parseDouble(row.cell(4));
            } catch (NumberFormatException e) {
                throw row.error("confidence must be a number in (0, 1], got '" + row.cell(4) + "'");
            }
            try {
                rules.add(new DemandRule(actionClass, cue, types, named.equals("yes"), confidence));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new DemandRules(rules);
    }

    public List<DemandRule> rules() {
        return rules;
    }

    /** The action classes a demand asks for, in file order; empty when none applies. */
    public List<DemandRule> classify(String demandText) {
        return rules.stream().filter(r -> r.asksFor(demandText)).toList();
    }

    /** Every event type some rule accepts, to fetch candidate events. */
    public Set<PloverType> eventTypes() {
        Set<PloverType> all = EnumSet.noneOf(PloverType.class);
        rules.forEach(r -> all.addAll(r.eventTypes()));
        return all;
    }
}
