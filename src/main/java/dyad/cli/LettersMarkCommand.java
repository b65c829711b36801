package dyad.cli;

import dyad.accountability.Decision;
import dyad.accountability.Mark;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {"Correct a letter by hand: set its state or a demand's, or link or unlink a reply or evidence; "
                + "or settle a decision that needs a person.",
                "Each correction is appended to the audit log with who, when and why; automatic tracking never overrides it. "
                        + "'--state auto' hands the state back to automatic tracking."})
final class LettersMarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LetterDesk desk;

    @Parameters(index = "0", paramLabel = "LETTER", description = "The letter's id as 'dyad letters' lists it (12-0, 12-0r0).")
    String letter;

    @Option(names = "--demand", paramLabel = "N", description = "The demand's number (with --state, --link-evidence, --unlink-evidence).")
    Integer demand;

    @Option(names = "--state", paramLabel = "STATE", description = "A letter or (with --demand) demand state, or auto.")
    String state;

    @Option(names = "--link-reply", paramLabel = "KEY", description = "The reply letter's record key (15-0) or HASH:N.")
    String linkReply;

    @Option(names = "--unlink-reply", paramLabel = "KEY", description = "A reply linked to the letter that does not answer it.")
    String unlinkReply;

    @Option(names = "--link-evidence", paramLabel = "KEY", description = "An event's record key meeting the demand.")
    String linkEvidence;

    @Option(names = "--unlink-evidence", paramLabel = "KEY", description = "An event wrongly linked to the demand.")
    String unlinkEvidence;

    @Option(names = "--settle", paramLabel = "N",
            description = "Decision N, listed as needing a person (it could not follow its letter to the file's new version), "
                    + "has been dealt with: it is no longer listed.")
    String settle;

    @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who decides.")
    String by;

    @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why: the source or reasoning.")
    String why;

    @Option(names = "--on", paramLabel = "DATE", converter = AsOfConverter.class,
            description = "From which day it holds, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Override
    public Integer call() {
        List<Mark> marks = new ArrayList<>();
        if (state != null) {
            marks.add(mark(demand == null ? Decision.Action.LETTER_STATE : Decision.Action.DEMAND_STATE, demand, state));
        }
        if (linkReply != null) {
            marks.add(mark(Decision.Action.LINK_REPLY, null, linkReply));
        }
        if (unlinkReply != null) {
            marks.add(mark(Decision.Action.UNLINK_REPLY, null, unlinkReply));
        }
        if (linkEvidence != null) {
            marks.add(mark(Decision.Action.LINK_EVIDENCE, demand, linkEvidence));
        }
        if (unlinkEvidence != null) {
            marks.add(mark(Decision.Action.UNLINK_EVIDENCE, demand, unlinkEvidence));
        }
        if (settle != null) {
            marks.add(mark(Decision.Action.SETTLE, null, settle));
        }
        if (marks.size() != 1) {
            throw new UserError("give exactly one of --state, --link-reply, --unlink-reply, --link-evidence, --unlink-evidence,"
                    + " --settle");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LetterDesk.Open open = desk.open()) {
            Decision d = open.service().mark(marks.get(0));
            out.printf(Locale.ROOT, "decision %d: letter %s %s%s = %s from %s, by %s: %s%n", d.id(), letter,
                    d.action().code(), d.demand() == null ? "" : " demand " + d.demand(), d.value(), d.effective(), d.who(),
                    d.why());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private Mark mark(Decision.Action action, Integer n, String value) {
        return new Mark(letter, action, n, value, on, by, why);
    }
}
