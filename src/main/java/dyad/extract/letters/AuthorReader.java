package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Signatories, from the self-descriptions closing a letter ("The X Group (XG) is a
 * national network of Canadian …"): the name as written, the body's country from the
 * gazetteer or from a country word in its description. A letter without them (a minister's
 * reply) is signed by the people and bodies named after its last sign-off ("Sincerely,").
 */
final class AuthorReader {

    private AuthorReader() {
    }

    static List<Actor> authors(String text, List<Mention> mentions) {
        List<Actor> out = new ArrayList<>();
        int tail = text.length() * 2 / 3;
        Matcher m = LetterCues.AUTHOR_BIO.matcher(text);
        while (m.find()) {
            if (m.start() < tail) {
                continue;
            }
            int start = m.start(1);
            int end = m.end(1);
            String written = text.substring(start, end);
            String name = written.replaceFirst("^The\\s+", "").replaceFirst("\\s*\\(\\p{Lu}+\\)$", "");
            int lineEnd = text.indexOf('\n', end);
            int to = lineEnd < 0 ? text.length() : lineEnd;
            // "The Sudan Peace Network is a coalition of Australian organizations": the description
            // says where the body is; a country in its name says what it works on.
            String country = countryNear(mentions, end, to);
            if (country == null) {
                country = countryNear(mentions, start, to);
            }
            out.add(new Actor(written, start, end, name, country, null, Role.CSO));
        }
        return out.isEmpty() ? signature(text, mentions) : out;
    }

    /** The signature block after the last sign-off: at most a few lines. */
    private static final int SIGNATURE_CHARS = 300;

    private static List<Actor> signature(String text, List<Mention> mentions) {
        Matcher m = LetterCues.SIGN_OFF.matcher(text);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        List<Actor> out = new ArrayList<>();
        if (from < 0) {
            return out;
        }
        int to = Math.min(text.length(), from + SIGNATURE_CHARS);
        for (Mention mention : mentions) {
            Actor a = mention.actor();
            if (a.start() != null && a.start() >= from && a.end() <= to && mention.kind() != EntryKind.ADJECTIVE
                    && out.stream().noneMatch(a::sameBody)) {
                out.add(a);
            }
        }
        return out;
    }

    private static String countryNear(List<Mention> mentions, int from, int to) {
        return mentions.stream().map(Mention::actor)
                .filter(a -> a.start() != null && a.start() >= from && a.end() <= to && a.country() != null)
                .map(Actor::country).findFirst().orElse(null);
    }
}
