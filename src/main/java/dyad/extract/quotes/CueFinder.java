package dyad.extract.quotes;

import static dyad.extract.quotes.FunctionWords.DETERMINERS;
import static dyad.extract.quotes.FunctionWords.PRONOUNS;

import dyad.extract.quotes.NounPhrases.Phrase;
import dyad.extract.quotes.Window.Gap;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the attribution cues of a window, left to right. */
final class CueFinder {

    /** Verbs that also name things: "a group called “…”" names the group, nobody speaks. */
    private static final Set<String> NAMING_VERBS = Set.of("called", "dubbed", "termed", "labelled", "labeled");

    /** Finite forms that invert without -ed or -s. */
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote");

    /** Forms of "be" that make a participle passive ("is accused", "was told"). */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Forms of "take" that make the next word a noun ("took note"). */
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");

    /** Possessive determiners that name a speaker in "in her words". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

    private final SpeechVerbs verbs;

    CueFinder(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    List<Cue> find(Window w) {
        SpeakerFinder speakers = new SpeakerFinder(w, verbs);
        List<Cue> cues = new ArrayList<>();
        Phrase lastSpeaker = null;
        for (int i = 0; i < w.size(); i++) {
            Cue words = inWordsOf(w, speakers, i);
            if (words != null) {
                cues.add(words);
                continue;
            }
            int len = verbMatch(w, i);
            if (len == 0) {
                continue;
            }
            int last = i + len - 1;
            Phrase speaker = speakerOf(w, speakers, i, last, lastSpeaker);
            if (speaker != null && !names(w, i, last, speaker)) {
                Span verbSpan = Span.of(w.text(), w.word(i).start(), w.word(last).end());
                Span sp = speakers.phrases().span(speaker);
                // as written but lower case: "According to X" and "according to X" are one verb
                cues.add(new Cue(verbSpan.text().toLowerCase(Locale.ROOT), sp, Math.min(verbSpan.start(), sp.start()),
                        Math.max(verbSpan.end(), sp.end())));
                lastSpeaker = speaker;
            }
            i = last;
        }
        return cues;
    }

    /** Words in the lexicon entry starting at i, or 0 when i starts no speech verb. */
    private int verbMatch(Window w, int i) {
        int len = verbs.longestMatch(w.lowers(), i);
        for (int k = 1; k < len; k++) {
            if (w.gapBefore(i + k) != Gap.PLAIN) {
                return 0;
            }
        }
        if (len == 0) {
            return 0;
        }
        // A capitalised verb inside a sentence is a name ("Edward Said").
        if (w.word(i).capitalised() && w.gapBefore(i) == Gap.PLAIN) {
            return 0;
        }
        // A verb form after a determiner is a noun ("the call", "their demands"), so is one after "take" ("took note").
        if (i > 0 && w.gapBefore(i) == Gap.PLAIN
                && (DETERMINERS.contains(w.lower(i - 1)) || TAKE.contains(w.lower(i - 1)))) {
            return 0;
        }
        // After a possessive it is a noun too ("China’s claim"), unless a participle ("the president’s stated aim").
        if (i > 0 && w.gapBefore(i) == Gap.PLAIN && w.word(i - 1).possessiveS() && !w.lower(i).endsWith("ed")) {
            return 0;
        }
        // A verb form right after a speech verb is its object: "told state television".
        if (i > 0 && w.gapBefore(i) == Gap.PLAIN && verbs.longestMatch(w.lowers(), i - 1) == 1
                && !w.word(i - 1).capitalised()) {
            return 0;
        }
        // A plural after a participle is a noun: "López Obrador’s repeated remarks".
        if (len == 1 && i > 0 && w.gapBefore(i) == Gap.PLAIN && w.lower(i).endsWith("s") && w.lower(i - 1).endsWith("ed")) {
            return 0;
        }
        if (passive(w, i, i + len - 1)) {
            return 0;
        }
        return len;
    }

    /**
     * "Bolsonaro, who is accused of …", "the rights claimed by X": the subject of a passive is
     * spoken about, not speaking, and a participle with its agent describes a noun.
     */
    private static boolean passive(Window w, int verb, int last) {
        String v = w.lower(verb);
        if (last != verb || !(v.endsWith("ed") || IRREGULAR_PAST.contains(v))) {
            return false;
        }
        boolean afterBe = verb > 0 && w.gapBefore(verb) == Gap.PLAIN && BE.contains(w.lower(verb - 1));
        boolean byAgent = verb + 1 < w.size() && w.gapAfter(verb) == Gap.PLAIN && w.lower(verb + 1).equals("by");
        return afterBe || byAgent;
    }

    /**
     * "a group called “Friends of the Coast”", "the plan, dubbed “Shield”": a naming verb right
     * before the quote whose subject is a common noun names that noun. ("Norway called “…”",
     * "what he called “…”" still speak.)
     */
    private static boolean names(Window w, int verb, int last, Phrase speaker) {
        if (last != verb || !NAMING_VERBS.contains(w.lower(verb)) || !w.quoteAfter(w.word(verb).end())) {
            return false;
        }
        if (speaker.last() > verb) {
            return false;
        }
        Word head = w.word(speaker.last());
        return !head.capitalised() && !PRONOUNS.contains(head.lower());
    }

    private Phrase speakerOf(Window w, SpeakerFinder speakers, int verb, int last, Phrase previous) {
        String verbText = w.lower(verb);
        boolean accordingTo = last > verb && verbText.equals("according");
        if (accordingTo) {
            Phrase source = w.gapAfter(last) == Gap.PLAIN ? speakers.phrases().phraseStartingAt(last + 1) : null;
            return source == null ? null : appositiveName(w, speakers, source); // "according to his counterpart, X,"
        }
        // "the president’s stated aim": the possessor of a participle is its speaker.
        if (verb > 0 && w.gapBefore(verb) == Gap.PLAIN && w.word(verb - 1).possessiveS() && verbText.endsWith("ed")) {
            return speakers.phrases().phraseEndingAt(verb - 1);
        }
        if (speakers.coordinated(verb)) {
            return previous != null ? previous : speakers.clauseSubject(verb); // "They called for … and expressed …"
        }
        boolean participle = verbText.endsWith("ing") && w.gapBefore(verb) == Gap.COMMA;
        if (participle) {
            return previous != null ? previous : speakers.clauseSubject(verb); // "“…,” she said, adding …"
        }
        Phrase quoted = quotedAs(w, speakers, verb);
        if (quoted != null) {
            return quoted;
        }
        Phrase before = speakers.subjectBefore(verb);
        if (before != null) {
            return before;
        }
        Phrase after = w.gapAfter(last) == Gap.PLAIN && invertible(verbText) ? speakers.phrases().phraseStartingAt(last + 1) : null;
        if (after != null && w.gapBefore(verb) != Gap.PLAIN) {
            return appositiveName(w, speakers, after); // "“…,” said Ana Pérez"; "…, said the ministry"
        }
        return null;
    }

    /** "quoted Hu as telling …", "was quoted as saying": the phrase before "as" speaks. */
    private static Phrase quotedAs(Window w, SpeakerFinder speakers, int verb) {
        if (verb < 2 || !w.lower(verb).endsWith("ing") || !w.lower(verb - 1).equals("as")
                || w.gapBefore(verb) != Gap.PLAIN || w.gapBefore(verb - 1) != Gap.PLAIN) {
            return null;
        }
        return speakers.phrases().phraseEndingAt(verb - 2);
    }

    /** "said its chair, Ana Pérez": a name set off after a descriptive phrase is the speaker it describes. */
    private static Phrase appositiveName(Window w, SpeakerFinder speakers, Phrase after) {
        int next = after.last() + 1;
        if (w.word(after.first()).capitalised() || next >= w.size() || w.gapBefore(next) != Gap.COMMA
                || !w.word(next).capitalised()) {
            return after;
        }
        Phrase name = speakers.phrases().phraseStartingAt(next);
        return name != null ? name : after;
    }

    /**
     * Only finite forms come before their subject ("said X", "says X", "added X", "wrote X");
     * a base form after a quote is a noun or an infinitive ("the “realist” label stuck").
     */
    private static boolean invertible(String verb) {
        return verb.endsWith("ed") || verb.endsWith("s") || IRREGULAR_PAST.contains(verb);
    }

    /** "In X’s words", "in her own words", "in the words of X": a speaker without a verb. */
    private Cue inWordsOf(Window w, SpeakerFinder speakers, int i) {
        if (!w.lower(i).equals("in") || i + 2 >= w.size()) {
            return null;
        }
        for (int k = i + 1; k <= i + 2; k++) {
            if (w.gapBefore(k) != Gap.PLAIN) {
                return null;
            }
        }
        // in the words of X
        if (w.lower(i + 1).equals("the") && w.lower(i + 2).equals("words") && i + 3 < w.size()
                && w.lower(i + 3).equals("of") && w.gapBefore(i + 3) == Gap.PLAIN && w.gapAfter(i + 3) == Gap.PLAIN) {
            Phrase p = speakers.phrases().phraseStartingAt(i + 4);
            return p == null ? null : cue(w, speakers, p, i, p.last());
        }
        // in X’s (own) words: find "words" within a name's length
        for (int k = i + 1; k < w.size() && k <= i + 6 && w.gapBefore(k) == Gap.PLAIN; k++) {
            if (!w.lower(k).equals("words")) {
                continue;
            }
            int owner = w.lower(k - 1).equals("own") ? k - 2 : k - 1;
            if (owner <= i) {
                return null;
            }
            if (POSSESSIVES.contains(w.lower(owner)) && owner == i + 1) {
                return cue(w, speakers, new Phrase(owner, owner), i, k);
            }
            boolean possessive = w.word(owner).possessiveS() || followedByApostrophe(w, owner);
            Phrase p = possessive ? speakers.phrases().phraseEndingAt(owner) : null;
            return p != null && p.first() == i + 1 ? cue(w, speakers, p, i, k) : null;
        }
        return null;
    }

    private static boolean followedByApostrophe(Window w, int i) {
        int end = w.word(i).end();
        return end < w.text().length() && (w.text().charAt(end) == '’' || w.text().charAt(end) == '\'');
    }

    /** A verbless cue from "in" (word {@code in}) to word {@code last}. */
    private static Cue cue(Window w, SpeakerFinder speakers, Phrase p, int in, int last) {
        Span sp = speakers.phrases().span(p);
        return new Cue(null, sp, w.word(in).start(), Math.max(sp.end(), w.word(last).end()));
    }
}
