package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.LetterReference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Earlier letters a letter cites, in prose: "our letter to Ministers A and B of November 13,
 * 2025", "On 12 March 2024 we wrote to you …", "our organisations submitted a petition to the
 * Department …". Each has the date its sentence gives, the recipients it names (or "you": the
 * letter's recipients), and whether the sentences after it, up to the next earlier letter or
 * the paragraph's end, say it was answered ("We thank you for your reply of 8 May") or not
 * ("To date, no member of the Council has replied"). One reference per date.
 */
final class ReferenceReader {

    /**
     * A reference, and the sentence that cites it [start, end) with whether that sentence says what it asked;
     * {@code again} when an earlier sentence cited the same letter ("the calls made in our letter of …").
     */
    record Read(LetterReference reference, int start, int end, boolean asked, boolean again) {
    }

    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(our|your|a|the|an)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern TO = Pattern.compile("(?i)\\bto\\s+|(?<=\\bpetitioned)\\s+(?!to\\b)"); // "petitioned the Parliament"
    /** Where a recipient phrase after "to" ends. */
    private static final Pattern RECIPIENTS_END = Pattern.compile("(?i),|;|\\b(?:asking|urging|calling|setting|requesting|"
            + "demanding|about|regarding|under|before|after|with)\\b|(?<!\\.\\p{Lu})\\.(?=\\s|$)");

    private final String text;
    private final LetterLayout layout;
    private final LetterCues cues;
    private final LetterExtractor.Context c;
    private final Addressees addressees;

    ReferenceReader(LetterLayout layout, LetterCues cues, LetterExtractor.Context c, Addressees addressees) {
        this.text = layout.lines.text();
        this.layout = layout;
        this.cues = cues;
        this.c = c;
        this.addressees = addressees;
    }

    List<Read> read() {
        List<Cited> cited = new ArrayList<>();
        List<Read> again = new ArrayList<>();
        int titleEnd = layout.title >= 0 ? layout.lines.get(layout.titleEnd()).to() : -1;
        for (int[] s : sentences()) {
            if (s[1] <= titleEnd) {
                continue; // "Open letter to …" is this letter, not an earlier one
            }
            for (Cited found : cite(s[0], s[1])) {
                cited(found, cited, again);
            }
        }
        return reads(cited, again);
    }

    /** Adds a citation, or notes it as citing again a letter already cited (same date). */
    private void cited(Cited found, List<Cited> cited, List<Read> again) {
        Cited first = cited.stream().filter(x -> x.date.date().equals(found.date.date())).findFirst().orElse(null);
        if (first == null) {
            cited.add(found);
        } else {
            List<Actor> to = found.recipients.isEmpty() ? first.recipients : found.recipients;
            again.add(new Read(new LetterReference(found.date.date(), to, null), found.start, found.end,
                    cues.requestWord.matcher(text).region(found.start, found.end).find(), true));
        }
    }

    /** One reference per letter, with whether the sentences after it say it was answered; then the re-citations. */
    private List<Read> reads(List<Cited> cited, List<Read> again) {
        List<Read> out = new ArrayList<>();
        for (int k = 0; k < cited.size(); k++) {
            Cited x = cited.get(k);
            int next = cited.stream().mapToInt(Cited::start).filter(st -> st > x.start).min().orElse(Integer.MAX_VALUE);
            int end = Math.min(layout.lines.paragraphEnd(x.start), next);
            // "Thank you for your reply to our letter of …" says so before the citation.
            Boolean replied = cues.lexicon.replied(text.substring(x.start, Math.max(end, x.end)));
            boolean asked = cues.requestWord.matcher(text).region(x.start, x.end).find();
            out.add(new Read(new LetterReference(x.date.date(), x.recipients, replied), x.start, x.end, asked, false));
        }
        out.addAll(again);
        return out;
    }

    private record Cited(int start, int end, LetterExtractor.DatedSpan date, List<Actor> recipients) {
    }

    /** The earlier letters a sentence cites: one, or one per date listed ("our letters of 3 March and 5 May"). */
    private List<Cited> cite(int start, int end) {
        boolean firstPerson = cues.firstPerson.matcher(text).region(start, end).find();
        // "our letter of 12 September 2023", "your letter of …", "a letter sent in June 2023 we …"
        Matcher noun = cues.letterNoun.matcher(text).region(start, end);
        while (noun.find()) {
            Matcher det = POSSESSIVE.matcher(text).region(start, noun.start());
            if (!det.find()) {
                continue;
            }
            boolean own = det.group(1).equalsIgnoreCase("our") || det.group(1).equalsIgnoreCase("your");
            if (!own && !firstPerson) {
                continue;
            }
            List<LetterExtractor.DatedSpan> dates = c.datesIn().apply(noun.end(), end);
            if (!dates.isEmpty()) {
                List<LetterExtractor.DatedSpan> listed = coordinated(dates);
                List<Actor> named = namedBetween(noun.end(), listed.get(0).span().start());
                List<Actor> to = named.isEmpty() ? recipientsAfterTo(noun.end(), end) : named;
                return listed.stream().map(d -> new Cited(start, end, d, to)).toList();
            }
        }
        // "On 14 December 2022 eleven of our organisations wrote to you", "we submitted a petition to …"
        int verb = sentVerb(start, end);
        if (verb >= 0 && firstPerson && cues.firstPerson.matcher(text).region(start, verb).find()) {
            List<LetterExtractor.DatedSpan> dates = c.datesIn().apply(start, end);
            if (!dates.isEmpty()) {
                List<Actor> to = recipientsAfterTo(verb, end);
                return coordinated(dates).stream().map(d -> new Cited(start, end, d, to)).toList();
            }
        }
        return List.of();
    }

    private static final Pattern LISTED = Pattern.compile(",?\\s*(?:and\\s+|&\\s*)?(?:(?:on|in|of)\\s+)?");

    /** The first date and the dates listed right after it: "3 March and 5 May", "on 3 March and on 5 May". */
    private List<LetterExtractor.DatedSpan> coordinated(List<LetterExtractor.DatedSpan> dates) {
        List<LetterExtractor.DatedSpan> out = new ArrayList<>(List.of(dates.get(0)));
        for (int i = 1; i < dates.size(); i++) {
            int from = out.get(out.size() - 1).span().end();
            int to = dates.get(i).span().start();
            if (to < from || !LISTED.matcher(text.substring(from, to)).matches()) {
                break;
            }
            out.add(dates.get(i));
        }
        return out;
    }

    /** Where "wrote" or "submitted a petition" ends in [start, end), or -1. */
    private int sentVerb(int start, int end) {
        Matcher w = cues.writingVerb.matcher(text).region(start, end);
        if (w.find()) {
            return w.end();
        }
        Matcher s = cues.sendingVerb.matcher(text).region(start, end);
        while (s.find()) {
            Matcher noun = cues.letterNoun.matcher(text).region(s.end(), Math.min(end, s.end() + 30));
            if (noun.find()) {
                return noun.end();
            }
        }
        return -1;
    }

    /**
     * People and bodies named between "letter" and its date: "our letter to Ministers A, B and C of …"; also a
     * person whose mention begins with the office before ("the Secretary-General of X, Dr Y": Dr Y).
     */
    private List<Actor> namedBetween(int from, int to) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : c.mentions()) {
            Actor a = m.actor();
            boolean within = a.start() != null && (a.start() >= from || m.kind() == EntryKind.PERSON && a.end() > from);
            if (within && a.end() <= to && m.kind() != EntryKind.ADJECTIVE) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whom "to …" names after the verb or noun: "to you", "to the members of the Security Council". */
    private List<Actor> recipientsAfterTo(int from, int end) {
        Matcher to = TO.matcher(text).region(from, Math.min(end, from + 40)).useTransparentBounds(true);
        if (!to.find()) {
            return List.of();
        }
        Matcher stop = RECIPIENTS_END.matcher(text).region(to.end(), end);
        int phraseEnd = stop.find() ? stop.start() : end;
        // "to your predecessor, Jeremy Hunt," names the person after the comma.
        if (phraseEnd < end && text.charAt(phraseEnd) == ',') {
            Matcher next = RECIPIENTS_END.matcher(text).region(phraseEnd + 1, end);
            int apposition = next.find() ? next.start() : end;
            List<Actor> named = namedBetween(phraseEnd + 1, apposition);
            if (!named.isEmpty() && !text.substring(to.end(), phraseEnd).matches("(?i)you\\b.*")) {
                return named;
            }
            if (text.substring(to.end(), phraseEnd).matches("(?i)you\\s*")) {
                phraseEnd = apposition; // "to you, Mr Secretary-General,"
            }
        }
        return addressees.in(to.end(), phraseEnd);
    }

    // ---- sentences ------------------------------------------------------------------------------

    private static final Pattern STOP = Pattern.compile("(?<!\\.\\p{Lu})[.!?:][\"”’)]*(?=\\s|$)|\\n");

    /** The body's sentences as [start, end): split at stops, colons and line ends. */
    private List<int[]> sentences() {
        List<int[]> out = new ArrayList<>();
        int from = layout.bodyStart();
        int to = layout.bodyEnd();
        Matcher m = STOP.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (m.end() > start && !text.substring(start, m.end()).isBlank()) {
                out.add(new int[] {start, m.end()});
            }
            start = m.end();
        }
        if (start < to && !text.substring(start, to).isBlank()) {
            out.add(new int[] {start, to});
        }
        return out;
    }
}
