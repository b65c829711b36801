package dyad.extract.quotes;

import dyad.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which quoted spans the text attributes, and to whom.
 *
 * <p>The cues are looked for in the sentences the quote spans, in this order:
 * <ol>
 *   <li>a cue that leads straight into the opening mark: {@code X said: "…"},
 *       {@code X said that "…"}, {@code X called it "…"}, {@code According to X, "…"};</li>
 *   <li>a cue right after the closing mark: {@code "…," said X}, {@code "…," X said},
 *       {@code "…" according to X} (not after a quote ending in a full stop, which ends
 *       its sentence);</li>
 *   <li>the nearest cue before the quote in its sentence:
 *       {@code X said Norway remains "gravely worried"};</li>
 *   <li>a cue later in the sentence that attributes the whole of it:
 *       {@code …, according to X} or a reporting clause after a comma ({@code …, X said.});</li>
 *   <li>continuation: a quote opening the next sentence of the same paragraph inherits
 *       the previous quote's attribution, and a quote left open at a paragraph end inherits
 *       the attribution of the quote that reopens the next paragraph.</li>
 * </ol>
 * A quote with none of these (a scare quote) is not attributed.
 */
final class Attribution {

    /** Words allowed between a verb and the quote it introduces: "said that “…”", "called it “…”". */
    private static final Set<String> LEAD_INS = Set.of("that", "it", "them", "this");

    /** The words of a stretch of sentences and the cues in it, shared by the quotes in it. */
    private record Scope(Window window, List<Cue> cues) {
    }

    private final CueFinder cueFinder;
    private final SpeechVerbs verbs;

    Attribution(SpeechVerbs verbs) {
        this.cueFinder = new CueFinder(verbs);
        this.verbs = verbs;
    }

    List<AttributedQuote> attribute(String text, List<QuotedSpan> quotes, SentenceIndex sentences,
                                    Paragraphs paragraphs) {
        int n = quotes.size();
        AttributedQuote[] results = new AttributedQuote[n];
        int[] lastSentence = new int[n];
        Map<Long, Scope> scopes = new HashMap<>();
        int previous = -1; // last attributed quote
        for (int i = 0; i < n; i++) {
            QuotedSpan q = quotes.get(i);
            int f = sentences.startingAt(q.markStart());
            int l = Math.max(f, sentences.endingAt(q.markEnd() - 1));
            lastSentence[i] = l;
            int from = Math.min(sentences.get(f).start(), q.markStart());
            int to = Math.max(sentences.get(l).end(), q.markEnd());
            Scope scope = scopes.computeIfAbsent(((long) from << 32) | to, k -> scope(text, from, to, quotes));
            Cue cue = choose(scope.window(), scope.cues(), q);
            if (cue == null) {
                cue = colonLead(scope.window(), q);
            }
            if (cue != null) {
                results[i] = new AttributedQuote(q.text(), cue.verb(), cue.speaker(), false);
            } else if (previous >= 0 && continues(text, quotes.get(previous), lastSentence[previous], q, f,
                    sentences, paragraphs)) {
                AttributedQuote p = results[previous];
                results[i] = new AttributedQuote(q.text(), p.verb(), p.speaker(), true);
            }
            if (results[i] != null) {
                previous = i;
            }
        }
        inheritAcrossParagraphs(text, quotes, results, paragraphs);
        List<AttributedQuote> out = new ArrayList<>();
        for (AttributedQuote r : results) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Scope scope(String text, int from, int to, List<QuotedSpan> quotes) {
        Window window = Window.of(text, from, to, quotes);
        List<Cue> cues = new ArrayList<>(cueFinder.find(window));
        cues.sort(Comparator.comparingInt(Cue::start));
        return new Scope(window, cues);
    }

    private static Cue choose(Window w, List<Cue> cues, QuotedSpan q) {
        Cue before = null;
        for (Cue c : cues) {
            if (c.end() <= q.markStart() && (before == null || c.end() > before.end())) {
                before = c;
            }
        }
        // X said "A", Y said "B": a cue that leads straight into the quote beats the next quote's cue
        if (before != null && leadsInto(w, before, q)) {
            return before; // X said: "…" / X said that "…" / X called it "…"
        }
        for (Cue c : cues) {
            if (!endsWithPeriod(q) && c.start() >= q.markEnd() && w.onlyMarkupBetween(q.markEnd(), c.start())) {
                return c; // "…," said X / "…," X said / "…" according to X
            }
        }
        Cue titled = firstCueAfter(cues, q);
        if (titled != null && endsWithComma(q) && w.onlyDescriptionBetween(q.markEnd(), titled.start())) {
            return titled; // "…," foreign ministry spokesman X said
        }
        if (before != null) {
            return before; // X said Norway remains "gravely worried"
        }
        for (Cue c : cues) {
            if (c.start() >= q.markEnd() && (c.isAccordingTo() || w.commaBefore(c.start()))) {
                return c; // a "flexible" stance, according to X / …, X said.
            }
        }
        return null;
    }

    /**
     * "Ruiz went further on Twitter: “…”", "The ministry's message was clear: “…”": a quote a
     * colon introduces, with no speech verb, is the words of the sentence's subject when that is
     * a name or something someone owns; no verb is reported.
     */
    private Cue colonLead(Window w, QuotedSpan q) {
        int next = w.firstWordFrom(q.markStart());
        if (next == 0 || !w.masked(w.word(next - 1).end(), q.markStart()).strip().equals(":")) {
            return null;
        }
        SpeakerFinder speakers = new SpeakerFinder(w, verbs);
        NounPhrases.Phrase subject = speakers.subjectOpening(0);
        if (subject == null || subject.last() >= next || !(w.word(subject.first()).capitalised()
                && !FunctionWords.DETERMINERS.contains(w.lower(subject.first())) || possessive(w, subject))) {
            return null;
        }
        Span sp = speakers.phrases().span(subject);
        return new Cue(null, sp, sp.start(), sp.end());
    }

    private static boolean possessive(Window w, NounPhrases.Phrase p) {
        for (int i = p.first(); i <= p.last(); i++) {
            if (w.word(i).possessiveS()) {
                return true;
            }
        }
        return false;
    }

    private static Cue firstCueAfter(List<Cue> cues, QuotedSpan q) {
        for (Cue c : cues) {
            if (c.start() >= q.markEnd()) {
                return c;
            }
        }
        return null;
    }

    /** Only punctuation, "that" or "it" between the cue and the opening mark. */
    private static boolean leadsInto(Window w, Cue c, QuotedSpan q) {
        String between = w.masked(c.end(), q.markStart()).replaceAll("[\\s,:]+", " ").strip();
        return between.isEmpty() || LEAD_INS.contains(between.toLowerCase(Locale.ROOT));
    }

    /**
     * A quote ending in a full stop ends its sentence ("…." They said …): the words after it
     * start a new one. Attributions that follow a quote come after a comma, "?" or "!".
     */
    private static boolean endsWithPeriod(QuotedSpan q) {
        String t = q.text().text().stripTrailing();
        int k = t.length();
        while (k > 0 && (t.charAt(k - 1) == '*' || t.charAt(k - 1) == '_')) {
            k--;
        }
        return k > 0 && t.charAt(k - 1) == '.' && !(k > 1 && t.charAt(k - 2) == '.');
    }

    /** A quote ending in a comma inside its marks ("…,”) runs on into its attribution. */
    private static boolean endsWithComma(QuotedSpan q) {
        String t = q.text().text().stripTrailing();
        return !t.isEmpty() && t.charAt(t.length() - 1) == ',';
    }

    /**
     * A quote with no cue continues the previous attributed quote when it opens the next
     * sentence of the same paragraph ("“…,” she said. “…”"), or follows it in the same
     * sentence with nothing but punctuation between.
     */
    private static boolean continues(String text, QuotedSpan prev, int prevLastSentence, QuotedSpan q, int f,
                                     SentenceIndex sentences, Paragraphs paragraphs) {
        if (!paragraphs.sameParagraph(prev.markEnd() - 1, q.markStart())) {
            return false;
        }
        if (f == prevLastSentence) {
            return noWordsBetween(text, prev.markEnd(), q.markStart());
        }
        return f == prevLastSentence + 1 && noWordsBetween(text, sentences.get(f).start(), q.markStart());
    }

    /** The multi-paragraph convention: an open quote takes the attribution of the quote reopening the next paragraph. */
    private static void inheritAcrossParagraphs(String text, List<QuotedSpan> quotes, AttributedQuote[] results,
                                                Paragraphs paragraphs) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            QuotedSpan q = quotes.get(i);
            QuotedSpan next = quotes.get(i + 1);
            AttributedQuote attribution = results[i + 1];
            if (results[i] != null || q.closed() || attribution == null) {
                continue;
            }
            int p = paragraphs.indexAt(next.markStart());
            if (p == paragraphs.indexAt(q.markStart()) + 1 && noWordsBetween(text, paragraphs.start(p), next.markStart())) {
                results[i] = new AttributedQuote(q.text(), attribution.verb(), attribution.speaker(), true);
            }
        }
    }

    private static boolean noWordsBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
