package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.extract.letters.RecipientReader.Recipient;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a phrase of a letter asks or addresses: "you" is the recipient ("you both", "Your
 * Excellencies": every recipient; "you, Mr Secretary-General": the one of that office), a named
 * government or body is itself ("India and Pakistan": both), and a bare cue is read against the
 * recipients ("the President" → the recipient who is president; "the National Assembly" → the
 * addressed assembly; "Both Governments" → each recipient's government), else against the
 * letter's state ("the Government" → its government).
 */
final class Addressees {

    private static final Pattern YOU = Pattern.compile("(?i)\\b(?:your\\s+excellenc(?:y|ies)|you|your)\\b");
    private static final Pattern PHRASE_HEAD = Pattern.compile("(?:\\b(?:[Tt]he|[Bb]oth|[Tt]wo|[Aa]ll|\\p{Lu}\\p{L}*)\\s+)+$");
    private static final Pattern PLURAL_CUE = Pattern.compile("(?i)\\b(?:both|two|all)\\b|s$");

    private final String text;
    private final List<Mention> mentions;
    private final List<Recipient> recipients;
    private final Parties parties;
    private final LetterCues cues;
    private final String country;

    Addressees(String text, List<Mention> mentions, List<Recipient> recipients, Parties parties, LetterCues cues) {
        this.text = text;
        this.mentions = mentions;
        this.recipients = recipients;
        this.parties = parties;
        this.cues = cues;
        this.country = RecipientReader.letterCountry(recipients);
    }

    List<Recipient> recipients() {
        return recipients;
    }

    /** The actors text[from, to) addresses, each mentioned where the phrase names it; empty if none. */
    List<Actor> in(int from, int to) {
        if (from >= to) {
            return List.of();
        }
        Matcher you = YOU.matcher(text).region(from, to);
        if (you.find() && !recipients.isEmpty()) {
            Span span = Span.of(text, you.start(), you.end());
            return secondPerson(from, to, span);
        }
        List<Actor> out = new ArrayList<>();
        int start = from;
        Matcher and = CONJUNCTION.matcher(text).region(from, to);
        while (start < to) {
            int end = and.find() ? and.start() : to;
            out.addAll(conjunct(start, end));
            start = end == to ? to : and.end();
        }
        return Parties.distinct(out);
    }

    /** "the Government of Nigeria", "the President of the Commission", "both Governments": one conjunct's actors. */
    private List<Actor> conjunct(int from, int to) {
        List<Actor> named = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() >= from && a.end() <= to && m.kind() != EntryKind.ADJECTIVE
                    && Names.addressable(a.role())) {
                named.add(a);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        Optional<Recipient> described = describedRecipient(from, to);
        if (described.isPresent()) {
            Span phrase = trimmed(from, to);
            return List.of(described.get().actor().mentionedAs(phrase));
        }
        return cue(from, to);
    }

    private static final Pattern CONJUNCTION = Pattern.compile(",?\\s+and\\s+(?:to\\s+)?|,\\s+(?=the\\b)");

    private Span trimmed(int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        return Span.of(text, from, to);
    }

    /**
     * When text[from, to) says "you" or "your", the addressees {@code asked} (else the recipients) mentioned there;
     * else nothing.
     */
    List<Actor> you(int from, int to, List<Actor> asked) {
        Matcher you = YOU.matcher(text).region(from, to);
        if (!you.find()) {
            return List.of();
        }
        Span span = Span.of(text, you.start(), you.end());
        if (asked.isEmpty()) {
            return recipients.isEmpty() ? List.of() : secondPerson(from, to, span);
        }
        return asked.stream().map(a -> a.mentionedAs(span)).toList();
    }

    /** "you" and "your": the recipients, all of them when the phrase says so, else the one it names, else the first. */
    private List<Actor> secondPerson(int from, int to, Span you) {
        if (cues.pluralYou.matcher(text).region(from, to).find()) {
            return recipients.stream().map(r -> r.actor().mentionedAs(you)).toList();
        }
        Recipient best = recipients.get(0);
        int bestScore = 0;
        String phrase = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (Recipient r : recipients) {
            int score = 0;
            for (String w : (r.actor().name() + " " + r.office()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() > 3 && phrase.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*")) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return List.of(best.actor().mentionedAs(you));
    }

    /** A bare cue: a recipient it describes, each recipient's government for "both Governments", else the letter's state. */
    private List<Actor> cue(int from, int to) {
        for (Names.Hit h : parties.names().scan(text, from, to)) {
            if (h.kind() != EntryKind.ROLE_CUE && h.kind() != EntryKind.ORGANIZATION) {
                continue;
            }
            String written = text.substring(h.start(), h.end());
            Span span = Span.of(text, h.start(), h.end());
            Span phrase = Span.of(text, phraseStart(from, h.start()), h.end());
            if (h.kind() == EntryKind.ROLE_CUE && h.entry().role() == Role.GOV
                    && PLURAL_CUE.matcher(text.substring(phrase.start(), phrase.end())).find()) {
                List<Actor> out = new ArrayList<>();
                for (Recipient r : recipients) {
                    String c = r.actor().country();
                    if (c != null && out.stream().noneMatch(a -> c.equals(a.country()))) {
                        out.add(new Actor(phrase.text(), phrase.start(), phrase.end(), parties.names().governmentName(c),
                                c, null, Role.GOV));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            if (h.kind() == EntryKind.ORGANIZATION) {
                return List.of(new Actor(span.text(), span.start(), span.end(), h.entry().name(), h.entry().country(),
                        h.entry().org(), h.entry().role()));
            }
            Optional<Actor> body = parties.cueBody(h, written, phrase.text(), phrase.start(), phrase.end(), country);
            if (body.isPresent()) {
                return List.of(body.get());
            }
        }
        return List.of();
    }

    /**
     * The recipient a phrase describes by its capitalised words ("the President of the Commission": president,
     * commission), all found in the recipient's name, else in its office; a name match wins.
     */
    Optional<Recipient> describedRecipient(int from, int to) {
        List<String> words = new ArrayList<>();
        Matcher w = CAPITALISED.matcher(text).region(from, to);
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (boolean byName : new boolean[] {true, false}) {
            for (Recipient r : recipients) {
                String about = " " + ((byName ? r.actor().name() : r.actor().name() + " " + r.office())
                        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ")) + " ";
                if (words.stream().allMatch(x -> about.contains(" " + x + " "))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** A capitalised word of four letters or more: "President", "Commission", not "The". */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]{3,}");

    /** The start of the noun phrase a cue ends: back over "the", "both", "two" and capitalised words. */
    private int phraseStart(int from, int cueStart) {
        int start = cueStart;
        Matcher m = PHRASE_HEAD.matcher(text).region(from, cueStart);
        if (m.find()) {
            start = m.start();
        }
        return start;
    }
}
