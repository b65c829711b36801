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
    private final java.util.Set<String> offices;

    SignatureBlock(String text, LetterCues cues, Parties parties, Signatory.Namer namer) {
        this.text = text;
        this.cues = cues;
        this.parties = parties;
        this.namer = namer;
        this.offices = cues.lexicon.set(LetterLexicon.Kind.OFFICE_WORD);
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
            List<int[]> fields = oxfordAnd(fields(from, to));
            Signatory principal = onBehalf(fields, locationColumn);
            if (principal != null) { // "Rev. A, Convenor, on behalf of the X Network": the network signs
                out.accept(principal);
                afterPerson = false;
                continue;
            }
            List<int[]> two = fields.size() == 1 ? lastAnd(fields) : List.of();
            if (two.size() > 1 || bodyList(fields)) {
                fields = two.size() > 1 ? two : lastAnd(fields);
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

    private static final Pattern AND = Pattern.compile("\\h+and\\h+");
    private static final Pattern LEADING_AND = Pattern.compile("and\\h+(?:the\\h+)?");

    /**
     * "Signed: Oxfam, Amnesty International, Christian Aid": a line of bodies between commas. With three or more,
     * most of them named as bodies, the rest capitalised, single-word names count too ("Indepaz", "Saferworld").
     */
    private boolean bodyList(List<int[]> fields) {
        long bodies = fields.stream().filter(f -> namer.bodyLike(f[0], f[1])).count();
        boolean capitalised = fields.stream().allMatch(f -> f[1] > f[0] && Character.isUpperCase(text.codePointAt(f[0])));
        return fields.size() > 1 && (bodies == fields.size() || fields.size() > 2 && capitalised
                && (bodies * 2 > fields.size() || namesOnly(fields)));
    }

    /**
     * "Conectas Direitos Humanos, Instituto Igarapé, Provea": three or more names, none a title, a place or an
     * honoured person's ("Dr A, Convenor, Forum, New Delhi" is one signatory).
     */
    private boolean namesOnly(List<int[]> fields) {
        if (Written.strip(text, fields.get(0)[0], fields.get(0)[1], cues).honored()) {
            return false;
        }
        for (int[] f : fields) {
            if (cues.officeWord.matcher(text).region(f[0], f[1]).lookingAt() || endsWithOffice(f[0], f[1])
                    || onlyPlace(f[0], f[1])) {
                return false;
            }
        }
        return true;
    }

    /** "Associate Professor", "Programme Manager": a title ends with the office it names. */
    private boolean endsWithOffice(int from, int to) {
        String[] words = text.substring(from, to).trim().toLowerCase(java.util.Locale.ROOT).split("\\h+");
        return offices.contains(words[words.length - 1]);
    }

    /** "New Delhi", "Kenya": a field that is nothing but a place. */
    private boolean onlyPlace(int from, int to) {
        return parties.names().scan(text, from, to).stream()
                .anyMatch(h -> h.start() == from && h.end() == to && h.kind() != dyad.extract.actors.EntryKind.ORGANIZATION);
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
     * "A, B and C": the last field is two names when a parenthesis closes the first of them ("… (Australia) and
     * Asia Pacific … (Thailand)", "Suara Rakyat Malaysia (SUARAM) and Lawyers for Liberty"), the gazetteer knows
     * both ("Human Rights Watch and Oxfam"), or, in a list whose names carry no parentheses, the words before
     * "and" make a name by themselves ("Transparencia Venezuela and Laboratorio de Paz"); not "Centre for
     * Justice and Peace Studies", nor "Legal and Human Rights Centre (Tanzania)" in a list of placed names.
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
        boolean placed = text.charAt(at - 1) == ')';
        boolean parenthesised = fields.stream().anyMatch(f -> text.charAt(f[1] - 1) == ')');
        if (!placed && !(known(last[0], at) && known(after, last[1]))
                && (fields.size() < 3 || parenthesised || !standsAlone(last[0], at))) {
            return fields;
        }
        List<int[]> out = new ArrayList<>(fields.subList(0, fields.size() - 1));
        out.add(new int[] {last[0], at});
        out.add(new int[] {after, last[1]});
        return out;
    }

    /** Two capitalised words or more and no word joining them: a whole name ("Transparencia Venezuela"), not "Centre for Justice". */
    private boolean standsAlone(int from, int to) {
        String[] words = text.substring(from, to).trim().split("\\h+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private boolean known(int from, int to) {
        return parties.names().scan(text, from, to).stream()
                .anyMatch(h -> h.start() == from && h.end() == to && h.kind() == dyad.extract.actors.EntryKind.ORGANIZATION);
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
