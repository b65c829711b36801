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

    SignatureBlock(String text, LetterCues cues, Parties parties, Signatory.Namer namer) {
        this.text = text;
        this.cues = cues;
        this.parties = parties;
        this.namer = namer;
    }

    /** The signatories of these lines (content spans), in order; people left out when {@code bodiesOnly}. */
    void read(List<int[]> lines, boolean bodiesOnly, Consumer<Signatory> out) {
        boolean locationColumn = locationColumn(lines);
        boolean afterPerson = false;
        for (int[] line : lines) {
            int from = skipMarker(line[0], line[1]);
            int to = line[1];
            String s = text.substring(from, to);
            if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
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
            List<int[]> fields = oxfordAnd(fields(from, to));
            if (bodyList(fields)) {
                fields = lastAnd(fields);
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

    /**
     * Whether most signatory lines end their name with a place in parentheses or after a dash ("Waging Peace
     * (United Kingdom)", "Dejusticia – Colombia"): then the place is not part of the name.
     */
    private boolean locationColumn(List<int[]> lines) {
        int places = 0;
        for (int[] line : lines) {
            int from = skipMarker(line[0], line[1]);
            int[] name = fields(from, line[1]).get(0);
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
        List<String> explicit = new ArrayList<>(parties.names().countries(text, attrFrom, attrTo));
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

    private static final Pattern AND = Pattern.compile("\\h+and\\h+");
    private static final Pattern LEADING_AND = Pattern.compile("and\\h+(?:the\\h+)?");

    /**
     * "Signed: Oxfam, Amnesty International, Christian Aid": a line of bodies between commas. With three or more,
     * most of them named as bodies, the rest capitalised, single-word names count too ("Indepaz", "Saferworld").
     */
    private boolean bodyList(List<int[]> fields) {
        long bodies = fields.stream().filter(f -> namer.bodyLike(f[0], f[1])).count();
        return fields.size() > 1 && (bodies == fields.size() || fields.size() > 2 && bodies * 2 > fields.size()
                && fields.stream().allMatch(f -> f[1] > f[0] && Character.isUpperCase(text.codePointAt(f[0]))));
    }

    /** "…, Human Rights Watch, and the Washington Office": the serial comma's "and the" opens no name. */
    private List<int[]> oxfordAnd(List<int[]> fields) {
        int[] last = fields.get(fields.size() - 1);
        Matcher and = LEADING_AND.matcher(text).region(last[0], last[1]);
        if (fields.size() < 2 || !and.lookingAt()) {
            return fields;
        }
        List<int[]> out = new ArrayList<>(fields.subList(0, fields.size() - 1));
        out.add(new int[] {and.end(), last[1]});
        return out;
    }

    /**
     * "A, B and C": the last field is two names when a place in parentheses closes one of them ("… (Australia)
     * and Asia Pacific … (Thailand)") or the gazetteer knows both ("Human Rights Watch and Oxfam"); not
     * "Centre for Justice and Peace Studies".
     */
    private List<int[]> lastAnd(List<int[]> fields) {
        int[] last = fields.get(fields.size() - 1);
        Matcher and = AND.matcher(text).region(last[0], last[1]);
        int at = -1;
        int after = -1;
        while (and.find()) {
            at = and.start();
            after = and.end();
        }
        if (at < 0 || !Character.isUpperCase(text.charAt(after))) {
            return fields;
        }
        boolean placed = text.charAt(at - 1) == ')' || text.charAt(last[1] - 1) == ')';
        if (!placed && !(known(last[0], at) && known(after, last[1]))) {
            return fields;
        }
        List<int[]> out = new ArrayList<>(fields.subList(0, fields.size() - 1));
        out.add(new int[] {last[0], at});
        out.add(new int[] {after, last[1]});
        return out;
    }

    private boolean known(int from, int to) {
        return parties.names().scan(text, from, to).stream()
                .anyMatch(h -> h.start() == from && h.end() == to && h.kind() == dyad.extract.actors.EntryKind.ORGANIZATION);
    }

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

    /** The comma-separated fields of a line, a comma inside parentheses not counting. */
    private List<int[]> fields(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(trim(start, i));
                start = i + 1;
            }
        }
        out.add(trim(start, to));
        out.removeIf(f -> f[1] <= f[0]);
        return out.isEmpty() ? List.of(new int[] {from, to}) : out;
    }

    private int[] trim(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
