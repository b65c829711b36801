package dyad.accountability;

import dyad.extract.actors.TsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Tells refusals and acknowledgements of receipt from answers, by the cues of {@code reply-cues.tsv}. */
public final class ReplyCues {

    public static final String RESOURCE = "/dyad/accountability/reply-cues.tsv";
    /** Longer acknowledgements usually answer too. */
    static final int SHORT_REPLY = 1200;

    private final List<Pattern> refused;
    private final List<Pattern> acknowledged;

    ReplyCues(List<Pattern> refused, List<Pattern> acknowledged) {
        this.refused = List.copyOf(refused);
        this.acknowledged = List.copyOf(acknowledged);
    }

    public static ReplyCues load() {
        return load(RESOURCE);
    }

    static ReplyCues load(String resource) {
        List<Pattern> refused = new ArrayList<>();
        List<Pattern> acknowledged = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(resource, 2)) {
            Pattern p = row.pattern(1, "cue");
            switch (row.cell(0)) {
                case "refused" -> refused.add(p);
                case "acknowledged" -> acknowledged.add(p);
                default -> throw row.error("kind must be refused or acknowledged, got '" + row.cell(0) + "'");
            }
        }
        return new ReplyCues(refused, acknowledged);
    }

    /** What kind of answer a reply with this text is: REFUSED, ACKNOWLEDGED or REPLIED. */
    public LetterState kindOf(String replyText) {
        if (replyText == null) {
            return LetterState.REPLIED;
        }
        if (refused.stream().anyMatch(p -> p.matcher(replyText).find())) {
            return LetterState.REFUSED;
        }
        if (replyText.length() < SHORT_REPLY && acknowledged.stream().anyMatch(p -> p.matcher(replyText).find())) {
            return LetterState.ACKNOWLEDGED;
        }
        return LetterState.REPLIED;
    }
}
