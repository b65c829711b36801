package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People the gazetteer does not know, named beside their office: "Foreign Minister Abdoulaye
 * Diop", "French ambassador Joël Meyer", "Angola's president, João Lourenço", "Anatoly Antonov,
 * Russia's ambassador". The person takes the office's state and role; an office with no state
 * named leaves the person for {@link Discourse} to place. Honorifics ("Colonel", "Dr") may stand
 * between office and name; they are part of the mention, not of the name.
 */
final class PersonNames {

    /** Words inside a name that are not capitalised: "Jean-Yves Le Drian", "Bashar al-Assad", "Ursula von der Leyen". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "di", "du",
            "van", "von", "der", "den", "al", "el", "bin", "ibn", "bint", "la", "le", "y", "ben", "abu", "ter");
    private static final int MAX_NAME_TOKENS = 5;

    private final Set<String> honorifics;
    private final Set<String> titles;

    /** @param titles the role cues that name one person's office; @param honorifics "colonel", "dr", … */
    PersonNames(Set<String> titles, Set<String> honorifics) {
        this.titles = titles;
        this.honorifics = honorifics;
    }

    /** New person mentions, none overlapping {@code found}. */
    List<Mention> find(String text, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention title : found) {
            if (!isTitle(title)) {
                continue;
            }
            // Office first: "Foreign Minister [Colonel] Abdoulaye Diop", "Angola's president, João Lourenço".
            int at = title.last() + 1;
            int[] ofName = nameAfterOfPhrase(s, title, found);
            if (ofName != null) { // "Director of National Intelligence Jane Doe"
                out.add(person(text, s, title, title.first(), ofName[0], ofName[1], ofName[1]));
                continue;
            }
            boolean comma = at < s.tokens().size() && s.token(at).word().equals(",");
            int nameStart = comma ? at + 1 : at;
            while (nameStart < s.tokens().size() && honorific(s.token(nameStart))) {
                nameStart++;
            }
            int nameEnd = nameEnd(s, nameStart, found);
            if (nameEnd >= nameStart && (!comma || closesApposition(s, nameEnd))) {
                out.add(person(text, s, title, title.first(), nameStart, nameEnd, nameEnd));
                continue;
            }
            // Name first: "Anatoly Antonov, Russia's ambassador in Washington".
            int before = title.first() - 1;
            if (before > 0 && s.token(before).word().equals(",")) {
                int end = before - 1;
                int start = nameStartBackwards(s, end, found);
                if (start <= end && !afterPreposition(s, start)) { // "In May, Director …" names no one
                    out.add(person(text, s, title, start, start, end, end));
                }
            }
        }
        out.removeIf(m -> found.stream().anyMatch(f -> f.first() <= m.last() && m.first() <= f.last() && !isTitle(f)));
        return out;
    }

    /**
     * "Director of National Intelligence Jane Doe", "Minister of Trade and Industry Ana Torres": the
     * office's "of" phrase runs on in capitals into the name, so the name is the run's last two words
     * (a run of three or more; a shorter one may be the office alone). Returns {first, last} or null.
     */
    private static int[] nameAfterOfPhrase(Sentence s, Mention title, List<Mention> found) {
        int of = title.last() + 1;
        while (of > title.first() && !s.token(of < s.tokens().size() ? of : title.last()).word().equals("of")) {
            of--; // "Minister of Fisheries": the cue holds the "of" phrase's start
        }
        if (of >= s.tokens().size() || !s.token(of).word().equals("of")) {
            return null;
        }
        int end = of;
        int capitals = 0;
        for (int i = of + 1; i < s.tokens().size() && (i <= title.last() || !covered(i, found)); i++) {
            Token t = s.token(i);
            if (t.pos().startsWith("NNP") && t.isCapitalized()) {
                end = i;
                capitals++;
            } else if (!(t.word().equals("and") && end == i - 1 && i + 1 < s.tokens().size() && s.token(i + 1).isCapitalized())) {
                break;
            }
        }
        if (capitals < 3 || end - 1 <= title.last() || !s.token(end - 1).pos().startsWith("NNP")) {
            return null;
        }
        return new int[] {end - 1, end};
    }

    /** Whether the capitalised run starting here is a preposition's object ("In May", "in Lima"). */
    private static boolean afterPreposition(Sentence s, int start) {
        return start > 0 && s.token(start - 1).pos().equals("IN");
    }

    /** A cue naming one person's office ("foreign minister", "ambassador"), not a body or a group. */
    private boolean isTitle(Mention m) {
        return m.kind() == EntryKind.ROLE_CUE && m.actor() != null && titles.contains(m.office());
    }

    private boolean honorific(Token t) {
        return honorifics.contains(t.word().replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** The last token of a capitalised name starting at {@code start}, or start - 1 when none starts there. */
    private int nameEnd(Sentence s, int start, List<Mention> found) {
        int end = start - 1;
        for (int i = start; i < s.tokens().size() && i - start < MAX_NAME_TOKENS; i++) {
            Token t = s.token(i);
            boolean covered = covered(i, found);
            if (!covered && t.pos().equals("NNP") && t.isCapitalized()) {
                end = i;
            } else if (!covered && end == i - 1 && end >= start && gluedHyphen(s, i)) {
                end = ++i; // "Park Min-jun", "Lee Jae-sung": the lower-case part after the hyphen belongs to the name
            } else if (!covered && end >= start && PARTICLES.contains(t.word().toLowerCase(Locale.ROOT))
                    && i + 1 < s.tokens().size() && s.token(i + 1).isCapitalized()) {
                continue;
            } else {
                break;
            }
        }
        return end;
    }

    /** A hyphen at i with no space on either side and a word right after it. */
    private static boolean gluedHyphen(Sentence s, int i) {
        if (i == 0 || i + 1 >= s.tokens().size()) {
            return false;
        }
        Token dash = s.token(i);
        Token part = s.token(i + 1);
        return dash.word().equals("-") && dash.start() == s.token(i - 1).end() && part.start() == dash.end()
                && Character.isLetter(part.word().codePointAt(0));
    }

    private int nameStartBackwards(Sentence s, int end, List<Mention> found) {
        int start = end + 1;
        for (int i = end; i >= 0 && end - i < MAX_NAME_TOKENS; i--) {
            Token t = s.token(i);
            if (!covered(i, found) && t.pos().equals("NNP") && t.isCapitalized() && !honorific(t)) {
                start = i;
            } else if (start <= end && PARTICLES.contains(t.word().toLowerCase(Locale.ROOT))) {
                continue;
            } else {
                break;
            }
        }
        return start;
    }

    /** "Angola's president, João Lourenço, met …": an apposed name ends at a comma, a verb or the sentence. */
    private static boolean closesApposition(Sentence s, int nameEnd) {
        int next = nameEnd + 1;
        return next >= s.tokens().size() || !s.token(next).pos().startsWith("NN");
    }

    private static boolean covered(int token, List<Mention> found) {
        return found.stream().anyMatch(m -> m.covers(token));
    }

    private static Mention person(String text, Sentence s, Mention title, int first, int nameStart, int nameEnd, int last) {
        int from = Math.min(first, title.first());
        int to = Math.max(last, title.last());
        Span span = Span.of(text, s.token(from).start(), s.token(to).end());
        String name = text.substring(s.token(nameStart).start(), s.token(nameEnd).end());
        Actor office = title.actor();
        Role role = office.role() == null ? Role.GOV : office.role();
        Actor a = new Actor(span.text(), span.start(), span.end(), name, office.country(), office.org(), role);
        return new Mention(from, to, a, EntryKind.PERSON, title.office());
    }
}
