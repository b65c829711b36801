package dyad.cli;

import dyad.accountability.LetterQuery;
import dyad.accountability.LetterState;
import dyad.accountability.StrandedDecision;
import dyad.accountability.TrackedDemand;
import dyad.accountability.TrackedLetter;
import dyad.accountability.Tracking;
import dyad.accountability.UnlinkedReply;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "letters", mixinStandardHelpOptions = true,
        description = {"Open letters and petitions in the store: whether they were answered, and their demands met.",
                "States: awaiting_reply, overdue, very_overdue, acknowledged, replied, refused; demands: open, "
                        + "partially_met, met, rejected."},
        subcommands = {LettersShowCommand.class, LettersMarkCommand.class, LettersExportCommand.class})
final class LettersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LetterDesk desk;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--overdue", description = "Only letters past their reply window, longest waiting first.")
    boolean overdue;

    @Option(names = "--state", paramLabel = "STATE", split = ",", description = "Only letters in these states.")
    List<String> states = List.of();

    @Option(names = "--recipient", paramLabel = "TEXT", description = "Only letters to a recipient whose name contains TEXT.")
    String recipient;

    @Option(names = "--signatory", paramLabel = "TEXT", description = "Only letters signed by a body whose name contains TEXT.")
    String signatory;

    @Override
    public Integer call() {
        Set<LetterState> wanted;
        try {
            wanted = states.stream().map(LetterState::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new UserError("--state: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LetterDesk.Open open = desk.open()) {
            Tracking tracking = open.service().track(asOf.day);
            LetterQuery query = new LetterQuery(recipient, wanted, signatory);
            List<TrackedLetter> letters = overdue ? open.service().overdue(asOf.day).stream().filter(query::accepts).toList()
                    : tracking.letters().stream().filter(query::accepts).toList();
            out.printf(Locale.ROOT, "Letters as of %s: %d%n", tracking.asOf(), letters.size());
            out.printf(Locale.ROOT, "%-10s %-10s %-14s %5s %7s  %-40s %s%n", "ID", "SENT", "STATE", "DAYS", "OVERDUE",
                    "RECIPIENTS", "DEMANDS / NOTES");
            for (TrackedLetter t : letters) {
                out.printf(Locale.ROOT, "%-10s %-10s %-14s %5s %7s  %-40s %s%n", t.id(), t.sent() == null ? "?" : t.sent(),
                        t.state().code() + (t.setByHand() ? "*" : "") + (t.conflicting() ? "!" : ""),
                        t.daysWaiting() == null ? "" : t.daysWaiting(), t.daysOverdue() == null ? "" : t.daysOverdue(),
                        abbreviate(names(t), 40), demands(t.demands()) + notes(t));
            }
            List<UnlinkedReply> unlinked = tracking.unlinkedReplies();
            if (!unlinked.isEmpty()) {
                out.printf(Locale.ROOT, "Unlinked replies: %d%n", unlinked.size());
                unlinked.forEach(u -> out.printf(Locale.ROOT, "%-10s %-10s %s: %s%n", u.id(),
                        u.letter().date().known() ? u.letter().date().value() : "?", u.kind().code(), u.reason()));
            }
            printStranded(out, tracking.stranded(), true);
            out.println("(* set by hand; ! conflicting answers: see 'dyad letters show ID')");
        }
        out.flush();
        return 0;
    }

    /**
     * The decisions that could not follow their letter (or the record they link) to its file's new
     * version, with the letters the file holds now and, once, how a person settles one.
     */
    static void printStranded(PrintWriter out, List<StrandedDecision> stranded, boolean withCandidates) {
        if (stranded.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "Decisions needing a person: %d%n", stranded.size());
        for (StrandedDecision s : stranded) {
            out.printf(Locale.ROOT, "  %s%s%n", s.describe(), !withCandidates || s.candidates().isEmpty() ? ""
                    : "; its file now holds " + String.join(", ", s.candidates()));
        }
        out.println("  (if a decision still holds, make it again on the letter as it is now; then "
                + "'dyad letters mark ID --settle N --by WHO --why TEXT')");
    }

    private static String names(TrackedLetter t) {
        return t.recipients().stream().map(a -> a.name() != null ? a.name() : a.text()).collect(Collectors.joining(", "));
    }

    private static String demands(List<TrackedDemand> demands) {
        return demands.stream().map(d -> d.demand().n() + ":" + d.state().code() + (d.setByHand() ? "*" : ""))
                .collect(Collectors.joining(" "));
    }

    private static String notes(TrackedLetter t) {
        return t.noReplyClaims().stream().map(c -> " unanswered per " + c.by() + " on " + c.asOf())
                .collect(Collectors.joining(";"));
    }

    private static String abbreviate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
