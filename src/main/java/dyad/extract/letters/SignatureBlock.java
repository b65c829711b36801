package dyad.extract.letters;

import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signatories listed after a letter's sign-off or "Signed:" heading: one a line ("- Name (ACR),
 * City, Country"), or several on a line between commas ("Signed: A, B, C"); a person's title on
 * the line under their name ("Minister of Foreign Affairs") or in the fields after it ("Dr A, Convenor,
 * Forum, New Delhi") is theirs. A place closing a name in parentheses or after a dash gives its
 * country, and is left out of the name when most lines close that way (a column of places).
 */
final class SignatureBlock {

    private static final Pattern PARENTHESIS = Pattern.compile("\\h*\\(([^()]{2,80})\\)$");
    /** "Dejusticia – Colombia": a place after a dash. */
    private static final Pattern DASH = Pattern.compile("\\h+[-–—]\\h+([^-–—]{2,60})$");
    /** Lower-case words that join the parts of a name ("Centre for Peace Studies", "Universidad de la Plata"). */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "the", "and", "de", "del",
            "la", "le", "les", "du", "des", "in", "on", "at", "to", "y", "e", "da", "do", "dos", "van", "von", "der", "al", "el");
    private static final Pattern CLOSED = Pattern.compile(".*[.!?][\"”’)]?");
    private static final Pattern MARKER = Pattern.compile("^(?:[-*+•◦▪‣–]|\\d{1,3}[.)]|\\(\\d{1,3}\\))\\h+");

    private final String text;
    private final LetterCues cues;
    private final Parties parties;
    private final Signatory.Namer namer;
    private final SignatureFields splitter;

    SignatureBlock(String text, LetterCues cues, Parties parties, Signatory.Namer namer) {
        this.text = text;
        this.cues = cues;
        this.parties = parties;
        this.namer = namer;
        this.splitter = new SignatureFields(text, cues, parties, namer);
    }

    /** The signatories of these lines (content spans), in order; people left out when {@code bodiesOnly}. */
    void read(List<int[]> lines, boolean bodiesOnly, Consumer<Signatory> out) {
        boolean locationColumn = locationColumn(lines);
        boolean afterPerson = false;
        for (int[] line : lines) {
            int from = skipMarker(line[0], line[1]);
            int to = line[1];
            String s = text.substring(from, to);
            if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))
                    && !(lines.size() > 2 && lowerCaseName(s))) {
                afterPerson = false;
                continue;
            }
            if (toldAsSentence(s)) { // "We look forward to your reply.": a postscript, not a name
                afterPerson = false;
                continue;
            }
            if (afterPerson && cues.officeWord.matcher(s).lookingAt()) {
                continue; // "Minister of Foreign Affairs" under the minister's name
            }
            List<int[]> fields = splitter.oxfordAnd(splitter.of(from, to));
            Signatory principal = onBehalf(fields, locationColumn);
            if (principal != null) { // "Rev. A, Convenor, on behalf of the X Network": the network signs
                out.accept(principal);
                afterPerson = false;
                continue;
            }
            List<int[]> two = fields.size() == 1 ? splitter.lastAnd(fields) : List.of();
            if (two.size() > 1 || splitter.bodyList(fields)) {
                fields = two.size() > 1 ? two : splitter.lastAnd(fields);
                for (int[] f : fields) { // "Signed: Oxfam, Amnesty International, Christian Aid"
                    Signatory one = signatory(f[0], f[1], f[1], f[1], locationColumn);
                    if (one != null) {
                        out.accept(one);
                    }
                }
                afterPerson = false;
                continue;
            }
            Signatory a = signatory(fields.get(0)[0], fields.get(0)[1], fields.get(0)[1], to, locationColumn);
            if (a != null && !(bodiesOnly && a.person())) {
                out.accept(a);
                afterPerson = a.actor().role() != Role.CSO || a.person();
            }
        }
    }

    private static final Pattern ON_BEHALF = Pattern.compile("(?i:(?:signing\\h+|signed\\h+)?(?:for\\h+and\\h+)?"
            + "on\\h+behalf\\h+of\\h+(?:the\\h+)?)(?=\\p{Lu})");

    /** The body a field after the first signs for ("…, on behalf of the X Network"), else null. */
    private Signatory onBehalf(List<int[]> fields, boolean locationColumn) {
        for (int[] f : fields.subList(1, fields.size())) {
            Matcher m = ON_BEHALF.matcher(text).region(f[0], f[1]);
            if (m.lookingAt() && namer.bodyLike(m.end(), f[1])) {
                return signatory(m.end(), f[1], f[1], f[1], locationColumn);
            }
        }
        return null;
    }

    /**
     * Whether most signatory lines end their name with a place in parentheses or after a dash ("Waging Peace
     * (United Kingdom)", "Dejusticia – Colombia"): then the place is not part of the name.
     */
    private boolean locationColumn(List<int[]> lines) {
        int places = 0;
        for (int[] line : lines) {
            int from = skipMarker(line[0], line[1]);
            int[] name = splitter.of(from, line[1]).get(0);
            if (place(name[0], name[1]) != null) {
                places++;
            }
        }
        return !lines.isEmpty() && places * 2 >= lines.size();
    }

    /** The parenthesis or dash segment closing a name, when it names a place; else null. */
    private Matcher place(int from, int to) {
        for (Pattern p : List.of(PARENTHESIS, DASH)) {
            Matcher m = p.matcher(text).region(from, to);
            if (m.find() && m.start() > from && !placeCountries(m).isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /** The states a closing segment names; a dash segment must be nothing but a place ("– Kenya", not "– Kenya Section"). */
    private List<String> placeCountries(Matcher m) {
        List<Names.Hit> hits = parties.names().scan(text, m.start(1), m.end(1));
        if (m.pattern() == DASH && (hits.size() != 1 || hits.get(0).start() != m.start(1) || hits.get(0).end() != m.end(1))) {
            return List.of();
        }
        return parties.names().countries(text, m.start(1), m.end(1));
    }

    /**
     * One signatory: the name in [from, to), its place and title in [to, lineEnd). A parenthesis closing the
     * name is an acronym (dropped), a place (its country; dropped when the block lists places that way), or
     * part of the name.
     */
    private Signatory signatory(int from, int to, int attrFrom, int attrTo, boolean locationColumn) {
        Written name = Written.strip(text, from, to, cues);
        if (name.isEmpty()) {
            return null;
        }
        int nameEnd = name.end();
        // "Executive Director, Canadian Network on Colombia": the state first named, with any listed beside it
        List<String> explicit = new ArrayList<>(parties.names().firstCountries(text, attrFrom, attrTo));
        Matcher place = place(name.start(), nameEnd);
        if (place != null) {
            List<String> places = placeCountries(place);
            explicit.addAll(places.stream().filter(c -> !explicit.contains(c)).toList());
            if (locationColumn) {
                nameEnd = place.start();
            }
        }
        Written bare = new Written(name.start(), nameEnd, name.honored());
        if (parties.personLike(bare) && !namer.bodyLike(bare.start(), bare.end())) {
            return namer.person(bare, explicit);
        }
        return namer.body(bare.start(), bare.end(), name.start(), name.end(), explicit);
    }

    /**
     * "medico international", "urgewald": a body styling its name in lower case, in a column of signatories; a few
     * words of letters only, not opening with a word that joins names ("in solidarity", "cc", "with thanks").
     */
    private static boolean lowerCaseName(String line) {
        String[] words = line.strip().split("\\h+");
        return words.length <= 4 && line.strip().matches("[\\p{L}’'-]+(?:\\h+[\\p{L}’'&-]+)*")
                && !NAME_JOINERS.contains(words[0]) && !NOT_NAMES.contains(words[0].toLowerCase(java.util.Locale.ROOT));
    }

    /** Lower-case words opening a closing line that names no one. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("cc", "with", "yours", "sincerely",
            "regards", "signed", "best", "kind", "warm", "respectfully", "solidarity", "thanks", "thank", "encl", "enclosure");

    /** "We look forward to your reply.": four words or more, two in lower case that join no name, closed by a full stop. */
    private static boolean toldAsSentence(String line) {
        String[] words = line.strip().split("\\h+");
        if (words.length < 4 || !CLOSED.matcher(line.strip()).matches()) {
            return false;
        }
        long plain = java.util.Arrays.stream(words).map(w -> w.replaceAll("[^\\p{L}]", ""))
                .filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !NAME_JOINERS.contains(w)).count();
        return plain >= 2;
    }

    private int skipMarker(int from, int to) {
        Matcher m = MARKER.matcher(text).region(from, to);
        return m.lookingAt() ? m.end() : from;
    }
}
