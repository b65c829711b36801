package dyad.extract.letters;

import dyad.model.Actor;
import dyad.model.Demand;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's demands, numbered or not. A list ("1.", "(a)", "i)", "-", "•") after a lead-in that
 * asks ("We call on the Council to:", "the following demands:") is all demands, each addressed
 * to whom the lead-in names unless the item names its own subject ("India and Pakistan should
 * …", "That you press …"); an item of another list is a demand when it asks itself ("We urge
 * Canada to …", "… must …"). Outside lists, a sentence "We [further] urge/call on X to …"
 * demands of X, and runs to the end of its paragraph or the next such sentence. Each demand's
 * text is its whole item without the marker, nested points included.
 */
final class DemandReader {

    /** A demand and the sentence that makes it, with everyone it asks. */
    record Read(Demand demand, LetterExtractor.Ask ask) {
    }

    /** A stop that ends a sentence: not the last dot of an initialism ("U.N. experts"). */
    private static final String STOP = "(?<!\\.\\p{Lu})[.!?]";
    private static final Pattern SENTENCE_END = Pattern.compile(STOP + "[\"”’)]*(?=\\s|$)");
    private static final Pattern TO_CLAUSE = Pattern.compile(
            "\\bto:?\\s+(?:\\w+ly\\s+)?(.+?)(?:(?:" + STOP + "|;)\\s|[.;]?$)", Pattern.DOTALL);
    private static final Pattern MODAL = Pattern.compile("\\b(?:must|should|shall)\\b");
    private static final Pattern THAT = Pattern.compile("^(?:That|that)\\s+");
    /** Where a demand verb's object ends: "to", "that", a colon, a comma before a clause. */
    private static final Pattern OBJECT_END = Pattern.compile("\\s+to\\b|\\s+that\\b|:|;|" + STOP + "(?=\\s|$)");

    private final String text;
    private final LetterLayout layout;
    private final LetterCues cues;
    private final Addressees addressees;
    private final ListItems lists;

    DemandReader(LetterLayout layout, LetterCues cues, Addressees addressees) {
        this.text = layout.lines.text();
        this.layout = layout;
        this.cues = cues;
        this.addressees = addressees;
        this.lists = new ListItems(layout.lines, layout.bodyStart(), layout.bodyEnd());
    }

    /** A demand's span, whom it asks, and whom its first sentence names as asked (the REQUEST's targets). */
    private record Found(int start, int end, List<Actor> whom, List<Actor> named) {
    }

    /**
     * The demands in text order, numbered from 1; {@code asks} receives the other passages that ask: lead-ins
     * and "we ask X to …" inside a sentence.
     */
    List<Read> read(List<LetterExtractor.Ask> asks) {
        List<Found> found = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        for (ListItems.ItemList list : lists.lists()) {
            int[] lead = leadIn(list);
            boolean leadAsks = lead != null && asks(lead[0], lead[1]);
            covered.add(new int[] {leadAsks ? lead[0] : list.items().get(0).start(), list.end()});
            List<Actor> leadWhom = List.of();
            if (leadAsks) {
                leadWhom = whomAsked(lead[0], lead[1]);
                if (leadWhom.isEmpty()) { // "… and make the following demands:": of the recipients
                    leadWhom = addressees.recipients().stream().map(RecipientReader.Recipient::actor).limit(1).toList();
                }
                asks.add(new LetterExtractor.Ask(lead[0], lead[1], leadWhom, null));
            }
            for (ListItems.Item item : list.items()) {
                if (!leadAsks && !itemAsks(item.start(), item.end())) {
                    continue;
                }
                List<Actor> own = itemSubject(item.start(), item.end());
                // The item's own REQUEST needs its addressee in it: "Use your good offices …", not "Extend the embargo".
                List<Actor> named = !own.isEmpty() ? own
                        : addressees.you(item.start(), firstSentenceEnd(item.start(), item.end()), leadWhom);
                found.add(new Found(item.start(), item.end(), own.isEmpty() ? leadWhom : own, named));
            }
        }
        prose(covered, found, asks);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Read> out = new ArrayList<>();
        for (Found f : found) {
            String itemText = text.substring(f.start(), f.end());
            Actor addressee = f.whom().isEmpty() ? null : f.whom().get(0);
            Demand d = new Demand(out.size() + 1, summary(itemText), addressee, itemText, f.start(), f.end());
            out.add(new Read(d, new LetterExtractor.Ask(f.start(), firstSentenceEnd(f.start(), f.end()), f.named(), null)));
        }
        return out;
    }

    // ---- lists -------------------------------------------------------------------------------------

    /** The sentence before a list that introduces it, ending with a colon: [start, end), or null. */
    private int[] leadIn(ListItems.ItemList list) {
        int end = list.leadEnd();
        if (end <= list.leadStart() || text.charAt(end - 1) != ':') {
            return null;
        }
        int start = sentenceStart(list.leadStart(), end - 1);
        return new int[] {start, end};
    }

    /** A lead-in asks when "we" ask in it, when it announces demands, or when it ends "must:". */
    private boolean asks(int start, int end) {
        String s = text.substring(start, end);
        return cues.weDemand.matcher(s).find() || cues.demandList.matcher(s).find()
                || s.matches("(?s).*\\b(?:must|should)\\s*:$");
    }

    /** An item asks by itself: "We urge …", or a must / should in it. */
    private boolean itemAsks(int start, int end) {
        String s = text.substring(start, end);
        return cues.weDemand.matcher(s).find() || MODAL.matcher(s).find();
    }

    /** Whom an item names as its own subject: "India and Pakistan should …", "That you press …", "We urge Canada to …". */
    private List<Actor> itemSubject(int start, int end) {
        int stop = firstSentenceEnd(start, end);
        Matcher we = cues.weDemand.matcher(text).region(start, stop);
        if (we.lookingAt()) {
            List<Actor> asked = whomAsked(start, stop);
            return asked.isEmpty() ? addressees.in(start, stop).stream().limit(1).toList() : asked;
        }
        Matcher modal = MODAL.matcher(text).region(start, stop);
        if (modal.find()) {
            List<Actor> subject = addressees.in(start, modal.start());
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        Matcher that = THAT.matcher(text).region(start, stop);
        if (that.lookingAt()) {
            int words = that.end();
            for (int k = 0; k < 4 && words < stop; k++) { // "That the Government formally ask"
                int space = text.indexOf(' ', words + 1);
                words = space < 0 || space > stop ? stop : space;
            }
            return addressees.in(that.end(), words);
        }
        return List.of();
    }

    /** Whom a "we urge / call on / ask …" sentence asks: the object between the verb and its "to". */
    private List<Actor> whomAsked(int start, int end) {
        Matcher we = cues.weDemand.matcher(text).region(start, end);
        if (!we.find()) {
            return addressees.in(start, end);
        }
        int from = we.end("verb");
        Matcher stop = OBJECT_END.matcher(text).region(from, end);
        int to = stop.find() ? stop.start() : end;
        return addressees.in(from, to);
    }

    // ---- prose -------------------------------------------------------------------------------------

    /**
     * Sentences opening "We urge / call on X to …" outside lists: each is a demand running to the next one or
     * its paragraph's end. "We ask X to …" later in a sentence ("…; we ask both Governments to follow that
     * example") asks without being one of the letter's demands.
     */
    private void prose(List<int[]> covered, List<Found> out, List<LetterExtractor.Ask> asks) {
        int from = layout.bodyStart();
        int to = layout.bodyEnd();
        List<int[]> found = new ArrayList<>();
        List<List<Actor>> whom = new ArrayList<>();
        for (int s = sentenceStartAfter(from, to); s >= 0 && s < to;
                s = sentenceStartAfter(Math.max(s + 1, firstSentenceEnd(s, to)), to)) {
            final int at = s;
            if (covered.stream().anyMatch(c -> at >= c[0] && at < c[1])) {
                continue;
            }
            int end = firstSentenceEnd(s, to);
            Matcher we = cues.weDemand.matcher(text).region(s, end);
            if (!we.lookingAt()) {
                inner(s, end, asks);
                continue;
            }
            if (text.charAt(end - 1) == ':') {
                continue;
            }
            List<Actor> asked = whomAsked(s, end);
            if (asked.isEmpty() && !selfStanding(we)) {
                // "We ask that it not be bargained away": asks the recipient, but names no demand of its own.
                addressees.recipients().stream().limit(1)
                        .forEach(r -> asks.add(new LetterExtractor.Ask(at, end, List.of(r.actor()), null)));
                continue;
            }
            found.add(new int[] {s, end});
            whom.add(asked);
        }
        for (int k = 0; k < found.size(); k++) {
            int start = found.get(k)[0];
            int paragraphEnd = layout.lines.paragraphEnd(start);
            int next = k + 1 < found.size() ? found.get(k + 1)[0] : Integer.MAX_VALUE;
            int end = Math.min(paragraphEnd, next);
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            List<Actor> asked = whom.get(k);
            List<Actor> addressee = asked.isEmpty()
                    ? addressees.recipients().stream().map(RecipientReader.Recipient::actor).limit(1).toList() : asked;
            out.add(new Found(start, end, addressee, asked));
        }
    }

    private static final Pattern INNER_WE = Pattern.compile("(?i)[;,]\\s+(?=we\\b)");

    /**
     * "…; we ask both Governments to follow that example": an ask inside a sentence; "We would welcome the
     * opportunity to discuss these requests with you": asks the recipient to meet.
     */
    private void inner(int start, int end, List<LetterExtractor.Ask> asks) {
        if (cues.meeting.matcher(text).region(start, end).find() && cues.firstPerson.matcher(text).region(start, end).find()) {
            List<Actor> you = addressees.you(start, end, List.of());
            if (!you.isEmpty()) {
                asks.add(new LetterExtractor.Ask(start, end, you, null));
                return;
            }
        }
        Matcher m = INNER_WE.matcher(text).region(start, end);
        while (m.find()) {
            Matcher we = cues.weDemand.matcher(text).region(m.end(), end);
            if (we.lookingAt()) {
                List<Actor> asked = whomAsked(m.end(), end);
                if (!asked.isEmpty()) {
                    asks.add(new LetterExtractor.Ask(start, end, asked, null));
                }
                return;
            }
        }
    }

    /** "We demand …", "We call for …": a demand even without a named addressee. */
    private static boolean selfStanding(Matcher we) {
        String verb = we.group("verb").toLowerCase(java.util.Locale.ROOT);
        return verb.equals("demand") || verb.startsWith("call for") || verb.equals("insist") || verb.equals("recommend");
    }

    // ---- sentences ------------------------------------------------------------------------------------

    /** The end of the sentence starting at {@code start}, within [start, limit): after its stop or at a line's end. */
    int firstSentenceEnd(int start, int limit) {
        int lineEnd = text.indexOf('\n', start);
        int hard = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
        Matcher m = SENTENCE_END.matcher(text).region(start, hard);
        int end = m.find() ? m.end() : hard;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The first sentence start at or after {@code from}: the next letter or quote after spaces. */
    private int sentenceStartAfter(int from, int limit) {
        int i = from;
        while (i < limit && !Character.isLetterOrDigit(text.charAt(i)) && "“\"‘(".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i < limit ? i : -1;
    }

    /** The start of the sentence ending at {@code end}, not before {@code from}. */
    private int sentenceStart(int from, int end) {
        int start = from;
        Matcher m = SENTENCE_END.matcher(text).region(from, end);
        while (m.find()) {
            start = m.end();
        }
        return sentenceStartAfter(start, end) < 0 ? from : sentenceStartAfter(start, end);
    }

    /** The asked-for act: the clause after "to", up to its first stop, at most 15 words. */
    static String summary(String item) {
        Matcher end = SENTENCE_END.matcher(item);
        String firstSentence = end.find() ? item.substring(0, end.end()) : item;
        Matcher m = TO_CLAUSE.matcher(firstSentence);
        String core = m.find() ? m.group(1) : firstSentence;
        String[] words = core.replaceAll("[\\[\\]*_]|\\(#\\)", "").trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 15); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return b.toString().replaceAll("[,;:.]$", "");
    }
}
