package dyad.extract;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.nlp.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who speaks as "I" and "we" in a statement that names its issuer in its heading: "Statement by
 * Jean-Yves Le Drian, Minister for Europe and Foreign Affairs", "Remarks by the Spokesperson of the
 * Ministry of Foreign Affairs of Japan", "Press release of the Government of Chile".
 */
final class StatementIssuer {

    private static final Pattern HEADING = Pattern.compile("(?im)^\\W*(?:joint\\s+|press\\s+|official\\s+)?"
            + "(?:statement|remarks|speech|address|declaration|message|communiqu[eé]|release|briefing)\\b"
            + "[^\\n.]{0,40}?\\b(?:by|of|from)\\b");
    /** Heading sentences are among the document's first few. */
    private static final int HEADING_SENTENCES = 4;

    private StatementIssuer() {
    }

    /** The first person or government named in such a heading; empty for any other document. */
    static Optional<Actor> of(String text, List<Sentence> sentences, List<List<Mention>> mentions) {
        for (int i = 0; i < Math.min(HEADING_SENTENCES, sentences.size()); i++) {
            Sentence s = sentences.get(i);
            java.util.regex.Matcher heading = HEADING.matcher(text.substring(s.start(), s.end()));
            if (!heading.find()) {
                continue;
            }
            int after = s.start() + heading.end(); // the issuer, not a letterhead above the heading
            return mentions.get(i).stream()
                    .filter(m -> m.resolved() && m.actor().start() != null && m.actor().start() >= after
                            && (m.kind() == EntryKind.PERSON || m.actor().country() != null))
                    .map(m -> m.actor().implicit()).findFirst();
        }
        return Optional.empty();
    }
}
