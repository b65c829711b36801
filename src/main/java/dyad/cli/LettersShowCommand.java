package dyad.cli;

import dyad.accountability.DemandEvidence;
import dyad.accountability.TimelineEntry;
import dyad.accountability.TrackedDemand;
import dyad.accountability.TrackedLetter;
import dyad.model.Actor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One letter: its demands with their states and evidence, and its timeline (answers, reports, decisions).")
final class LettersShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LetterDesk desk;

    @Parameters(index = "0", paramLabel = "LETTER", description = "The letter's id as 'dyad letters' lists it.")
    String letter;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LetterDesk.Open open = desk.open()) {
            TrackedLetter t = open.service().letter(letter, asOf.day).orElseThrow(() -> new UserError(
                    "no tracked letter '" + letter + "'" + (asOf.day == null ? "" : " as of " + asOf.day) + " (see 'dyad letters' for ids)"));
            out.printf(Locale.ROOT, "Letter %s, %s: %s%s%s%n", t.id(), t.sent() == null ? "undated" : t.sent(),
                    t.state().code(), t.setByHand() ? " (set by hand)" : "", t.conflicting() ? " (conflicting answers)" : "");
            out.printf(Locale.ROOT, "  to: %s%n  by: %s%n  reply window: %d days%n",
                    names(t.recipients()), names(t.signatories()), t.replyWindowDays());
            for (TrackedDemand d : t.demands()) {
                out.printf(Locale.ROOT, "Demand %d: %s%s [%s] %s%n", d.demand().n(), d.state().code(),
                        d.setByHand() ? " (set by hand)" : "", String.join(", ", d.actionClasses()), d.demand().summary());
                for (DemandEvidence ev : d.evidence()) {
                    out.printf(Locale.ROOT, "  %s %s %s, confidence %.2f%s: %s%n", ev.id(), ev.outcome().code(),
                            ev.actionClass(), ev.confidence(), ev.accepted() ? "" : " (candidate)",
                            ev.event().evidence().text().replaceAll("\\s+", " "));
                }
            }
            out.println("Timeline:");
            for (TimelineEntry e : open.service().timeline(letter, asOf.day)) {
                out.printf(Locale.ROOT, "  %-10s %-18s %s%s%n", e.date() == null ? "?" : e.date(), e.kind(),
                        e.ref() == null ? "" : "[" + e.ref() + "] ", e.detail());
            }
            LettersCommand.printStranded(out, open.service().track(asOf.day).strandedAt(t.id()), false);
        }
        out.flush();
        return 0;
    }

    private static String names(List<Actor> actors) {
        return actors.stream().map(a -> a.name() != null ? a.name() : a.text()).collect(Collectors.joining(", "));
    }
}
