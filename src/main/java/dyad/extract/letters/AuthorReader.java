package dyad.extract.letters;

import dyad.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's signatories, wherever the letter names them: the block after its sign-off or
 * "Signed:" heading (one per line, or several per line between commas; a title line under a
 * person's name is theirs), the body that speaks as "we" ("We, the members of the X …", "as
 * members of the X", "We, the X Network,", "We write as the X"), a closing "Signed on behalf of the X", and self-descriptions closing the letter ("The X Network is a coalition
 * of …"). Each gets a country from its own line ("(Uganda)", "…, Accra, Ghana", "Kenya Human
 * Rights Commission"), else the one country the other signatories share, else the one the
 * letter's "we" names ("We write as Australian organisations").
 */
final class AuthorReader {

    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}’'&.-]*(?:\\h+(?:of|for|and|the|on|in|de|du|des|la|le|pour|[-–]"
            + "|\\p{Lu}[\\p{L}\\p{N}’'&.-]*|\\(\\p{Lu}+\\)))*";
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(?:\\h+(?:of|for|and|the|on|in|[-–]))+$");

    /** Characters after "we" where the writers' own state is named. */
    private static final int WE_REACH = 80;

    private final LetterLayout layout;
    private final LetterCues cues;
    private final Parties parties;
    private final String text;
    private final Pattern selfDescription;
    /** "Signed on behalf of the X Network", "For and on behalf of the X": a closing line naming who signs. */
    private final Pattern onBehalf;
    private final Pattern bio;
    private final Signatory.Namer namer;

    AuthorReader(LetterLayout layout, LetterCues cues, Parties parties) {
        this.layout = layout;
        this.cues = cues;
        this.parties = parties;
        this.text = layout.lines.text();
        this.namer = new Signatory.Namer(text, parties, cues);
        String members = cues.lexicon.alternation(LetterLexicon.Kind.MEMBER_WORD);
        this.selfDescription = Pattern.compile("(?i:(?:\\bwe,?\\h+|\\bas\\h+)" + members + "\\h+(?:the\\h+)?"
                + "|\\bwe,\\h+(?:the\\h+)?|\\bwe\\h+(?:write|speak|come|appeal)\\h+(?:to\\h+you\\h+)?as\\h+(?:the\\h+)?)(" + NAME + ")");
        this.onBehalf = Pattern.compile("(?m)^[\\h*_]*(?i:(?:signed\\h+)?(?:for\\h+and\\h+)?on\\h+behalf\\h+of\\h+(?:the\\h+)?)(" + NAME + ")");
        String bodies = String.join("|", cues.bodyWords);
        this.bio = Pattern.compile("(?m)^[\\h*_#>]*((?:The\\h+)?" + NAME + ")[*_\\h]*\\h+(?:is|are)\\s+an?\\s+"
                + "(?:[\\p{L}-]+\\s+){0,3}(?i:" + bodies + "|NGO)s?\\b");
    }

    /** The signatories; those placed nowhere else take the state of the government they write to. */
    List<Actor> read(List<Actor> recipients) {
        List<Signatory> authors = new ArrayList<>();
        selfDescribed(authors);
        List<Signatory> described = new ArrayList<>();
        bios(described);
        // A body describing itself signs the letter, where its description says it is ("… across Australia", though
        // its name says West Papua); a person signing under it signs for it.
        described.forEach(a -> add(authors, a));
        new SignatureBlock(text, cues, parties, namer).read(layout.signatureLines, !described.isEmpty(),
                s -> add(authors, s));
        return placed(authors, recipientsState(recipients));
    }

    /** "Dear Minister Wong": citizens most often write to their own government; null when the recipients are of several states or none. */
    private static String recipientsState(List<Actor> recipients) {
        List<String> states = recipients.stream().filter(r -> r.role().actsForState() || r.role() == dyad.model.Role.LEG)
                .map(Actor::country).distinct().toList();
        return states.size() == 1 && recipients.stream().allMatch(r -> states.get(0).equals(r.country())) ? states.get(0) : null;
    }

    // ---- the body's "we" ------------------------------------------------------------------------

    private void selfDescribed(List<Signatory> out) {
        int from = layout.bodyStart();
        int to = Math.min(layout.bodyEnd(), from + 1500);
        Matcher m = selfDescription.matcher(text).region(from, to);
        if (m.find()) {
            addNamed(out, m);
        }
        Matcher closing = onBehalf.matcher(text).region(from, text.length());
        while (closing.find()) {
            addNamed(out, closing);
        }
    }

    private void addNamed(List<Signatory> out, Matcher m) {
        int start = m.start(1);
        int end = start + TRAILING_CONNECTORS.matcher(m.group(1)).replaceFirst("").length();
        if (namer.bodyLike(start, end)) {
            add(out, namer.body(start, end, start, end, List.of()));
        }
    }

    /**
     * Bodies describing themselves at the letter's end ("About us: The X Network is a coalition of …") or as it opens
     * its body ("The X Network is a coalition of 42 churches … across Australia. We are writing …"); there the
     * name must be a body's and only its own sentence says where it is.
     */
    private void bios(List<Signatory> out) {
        Matcher m = bio.matcher(text).region(text.length() * 2 / 3, text.length());
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            int lineEnd = text.indexOf('\n', end);
            // "The Sudan Peace Network is a coalition of Australian organizations": the description says where it is.
            int to = lineEnd < 0 ? text.length() : lineEnd;
            add(out, namer.body(start, end, start, end, parties.names().firstCountries(text, end, to)));
        }
        int from = layout.bodyStart();
        Matcher opening = bio.matcher(text).region(from, Math.min(layout.bodyEnd(), from + OPENING_REACH));
        if (opening.find()) {
            int start = opening.start(1) + (text.startsWith("The ", opening.start(1)) ? 4 : 0);
            int end = opening.end(1);
            if (start < end && namer.bodyLike(start, end)) {
                add(out, namer.body(start, end, start, end, parties.names().firstCountries(text, end, sentenceEnd(end))));
            }
        }
    }

    /** Characters after the body's start where the writers may describe themselves. */
    private static final int OPENING_REACH = 600;

    /** Adds an author once by name; a second mention that places it replaces one that did not. */
    private static void add(List<Signatory> out, Signatory a) {
        if (a == null) {
            return;
        }
        String key = Names.words(a.actor().name()).toString();
        for (int i = 0; i < out.size(); i++) {
            if (Names.words(out.get(i).actor().name()).toString().equals(key)) {
                if (!out.get(i).decided() && a.decided()) {
                    Actor first = out.get(i).actor();
                    Actor placed = a.actor();
                    out.set(i, new Signatory(new Actor(first.text(), first.start(), first.end(), first.name(),
                            placed.country(), first.org(), first.role()), true, out.get(i).person()));
                }
                return;
            }
        }
        out.add(a);
    }

    // ---- countries from context ----------------------------------------------------------------------

    /**
     * Authors whose line named no state take the one state the others share (when at least half are placed),
     * else the one "we" names, else the one state of the government written to.
     */
    private List<Actor> placed(List<Signatory> authors, String recipientsState) {
        // One placed by its name among many unplaced ("Transparencia Venezuela" among Brazilian groups) says
        // nothing of the others: a shared state counts when at least half say where they are.
        long decided = authors.stream().filter(Signatory::decided).count();
        List<String> shared = decided * 2 < authors.size() ? List.of() : authors.stream().filter(Signatory::decided)
                .map(a -> a.actor().country()).filter(c -> c != null).distinct().toList();
        boolean mixed = shared.size() > 1 || authors.stream().anyMatch(a -> a.decided() && a.actor().country() == null);
        String we = shared.isEmpty() && !mixed ? weCountry() : null;
        String context = shared.size() == 1 && !mixed ? shared.get(0) : shared.isEmpty() && !mixed && we == null ? recipientsState : we;
        List<Actor> out = new ArrayList<>();
        for (Signatory a : authors) {
            Actor x = a.actor();
            out.add(a.decided() || context == null ? x
                    : new Actor(x.text(), x.start(), x.end(), x.name(), context, x.org(), x.role()));
        }
        return out;
    }

    /** The first state named after "we" in the letter's first sentence that speaks as "we", else in its title. */
    private String weCountry() {
        int from = layout.bodyStart();
        Matcher we = Pattern.compile("(?i)\\bwe\\b").matcher(text).region(from, Math.min(layout.bodyEnd(), from + 2000));
        // Near the "we" that names who writes ("We, Kenyan organisations,", "We write as Australian groups"),
        // not in what a demand asks, whose states are those asked or acted on ("We urge you to ask Mali …").
        if (we.find()) {
            Matcher demand = cues.weDemand.matcher(text).region(we.start(), sentenceEnd(we.end()));
            int end = demand.lookingAt() ? demand.start("verb") : Math.min(sentenceEnd(we.end()), we.end() + WE_REACH);
            List<String> c = parties.names().countries(text, we.start(), end);
            if (!c.isEmpty()) {
                return c.get(0);
            }
        }
        if (layout.title >= 0) {
            // "OPEN LETTER OF FILIPINO FISHERFOLK": who writes, right after the heading.
            Lines.Line l = layout.lines.get(layout.title);
            Matcher by = Pattern.compile("(?i)\\b(?:of|from|by)\\h+").matcher(text).region(l.from(), l.to());
            Matcher heading = cues.title.matcher(text).region(l.start(), l.to());
            if (heading.lookingAt() && by.find(heading.end()) && text.substring(heading.end(), by.start()).isBlank()) {
                List<String> c = parties.names().countries(text, by.end(), l.to());
                return c.isEmpty() ? null : c.get(0);
            }
        }
        return null;
    }

    private int sentenceEnd(int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) || c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
