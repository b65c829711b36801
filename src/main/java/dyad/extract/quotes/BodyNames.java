package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.extract.quotes.Window.Gap;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.Optional;

/**
 * Bodies a document names that the gazetteer does not know: a capitalised name holding a
 * body's head word ("the Court of Appeal", "Morocco's Ministry of Foreign Affairs, African
 * Cooperation and Moroccan Expatriates", "the Horn Rights Network"), named as written, of the
 * state its words or its passage name ("Ministry of Interior of Kenya" for "Kenya's Ministry of
 * Interior", as {@link StateNames#placedName} has it), with the role its head word gives. "The ministry said"
 * then resolves to the last such body with that head word.
 */
final class BodyNames {

    private final NameWords words;
    private final Description description;
    private final StateContext context;
    private final StateNames names;

    BodyNames(NameWords words, Description description, StateContext context, StateNames names) {
        this.names = names;
        this.words = words;
        this.description = description;
        this.context = context;
    }

    /** The body the run [first, last] names, or null when it names none the gazetteer does not know. */
    Cast.Body body(Window w, NameRuns runs, int first, int last, int sentence) {
        int s = first;
        while (s <= last && (runs.opener(s) || placeWord(w, s))) {
            s++; // "The", "Morocco's", "Kenyan"
        }
        if (s >= last || !runs.holdsBodyWord(s, last)) {
            return null; // one word ("The Ministry said") is a cue, not a name
        }
        int start = w.word(s).start();
        last = portfolios(w, s, last);
        int end = continuation(w, last).orElse(w.word(last)).end();
        Word lastWord = w.word(w.firstWordFrom(end) - 1);
        if (lastWord.possessiveS()) {
            end -= 2;
        }
        Optional<Mention> known = description.nonPersonAt(start, end);
        if (known.isPresent() && (known.get().kind() == EntryKind.ORGANIZATION || known.get().kind() == EntryKind.ROLE_CUE
                && !StateContext.bare(known.get()) && known.get().actor().end() >= end)) {
            return null; // the gazetteer's body, or a state's ("the Chinese Government")
        }
        if (heading(w, s, last)) {
            return null; // "PEOPLE'S DEMOCRATIC REPUBLIC OF ALGERIA": a letterhead, not a name in a sentence
        }
        int head = -1; // the last body word before "of" or "for": "Press Foundation", "Ministry of Water"
        for (int i = s; i <= last && !(head >= 0 && !w.word(i).capitalised()); i++) {
            head = w.word(i).capitalised() && words.isBodyWord(w.lower(i)) ? i : head;
        }
        Role role = head >= 0 ? words.bodyRole(w.lower(head)).orElse(null) : null;
        Optional<String> inName = description.stateWithin(start, end);
        String country = inName.or(() -> description.stateWithin(w.word(first).start(), start))
                .or(() -> context.stateAt(w.word(first).start())).orElse(null);
        Actor a = new Actor(null, null, null, w.text().substring(start, end), country, null, role != null ? role : Role.GOV);
        return new Cast.Body(start, end, sentence, inName.isPresent() ? a : names.placedName(a));
    }

    /**
     * "Ministry of Foreign Affairs and Senegalese Abroad", "Ministry for Europe and Foreign Affairs":
     * a name with "of" or "for" goes on past one "and" into more capitalised words.
     */
    private static int portfolios(Window w, int first, int last) {
        boolean linked = false;
        for (int i = first; i <= last; i++) {
            linked |= w.lower(i).equals("of") || w.lower(i).equals("for");
        }
        int and = last + 1;
        if (!linked || and + 1 >= w.size() || !w.lower(and).equals("and") || w.gapBefore(and) != Gap.PLAIN
                || w.gapBefore(and + 1) != Gap.PLAIN || !w.word(and + 1).capitalised()) {
            return last;
        }
        int e = and + 1;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN && w.word(e + 1).capitalised()) {
            e++;
        }
        return e;
    }

    /** Two words or more in capitals: a heading or letterhead run into the sentence. */
    private static boolean heading(Window w, int from, int to) {
        int capitals = 0;
        for (int i = from; i <= to; i++) {
            String t = w.word(i).text();
            if (t.length() >= 3 && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && !t.equals(t.toLowerCase(java.util.Locale.ROOT))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** A state word before the name ("Morocco's", "Kenyan"). */
    private boolean placeWord(Window w, int i) {
        Word word = w.word(i);
        Optional<Mention> m = description.nonPersonAt(word.start(), word.end());
        if (m.isEmpty() || m.get().actor().country() == null) {
            return false;
        }
        EntryKind kind = m.get().kind();
        boolean state = kind == EntryKind.COUNTRY || kind == EntryKind.ADJECTIVE || kind == EntryKind.CAPITAL;
        boolean owner = word.possessiveS() && m.get().actor().start() == word.start(); // "Senegal's ministry"
        return (state && (word.possessiveS() || w.gapAfter(i) == Gap.PLAIN)) || owner;
    }

    /**
     * ", African Cooperation and Moroccan Expatriates said": an official name that lists its
     * portfolios goes on past a comma through capitalised words joined by "and", up to its verb.
     */
    private static Optional<Word> continuation(Window w, int last) {
        int i = last + 1;
        if (i >= w.size() || w.gapBefore(i) != Gap.COMMA || !w.word(i).capitalised()) {
            return Optional.empty();
        }
        boolean joined = false;
        int e = i;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN) {
            Word next = w.word(e + 1);
            if (next.lower().equals("and") && !joined) {
                joined = true;
            } else if (!next.capitalised()) {
                break;
            }
            e++;
        }
        boolean endsName = w.word(e).capitalised() && (e + 1 >= w.size() || w.gapBefore(e + 1) != Gap.PLAIN
                || !w.word(e + 1).capitalised());
        return joined && endsName && !w.lower(e).equals("and") ? Optional.of(w.word(e)) : Optional.empty();
    }
}
