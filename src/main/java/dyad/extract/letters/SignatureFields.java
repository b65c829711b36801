package dyad.extract.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one line of a signature block splits into names: the fields between commas (a comma inside
 * parentheses not counting), a serial comma's "and the", a last field that is two names ("A, B and C"),
 * and whether the fields are a list of bodies rather than one signatory with a title and a place.
 */
final class SignatureFields {

    private final String text;
    private final LetterCues cues;
    private final Parties parties;
    private final Signatory.Namer namer;
    private final Set<String> offices;

    SignatureFields(String text, LetterCues cues, Parties parties, Signatory.Namer namer) {
        this.text = text;
        this.cues = cues;
        this.parties = parties;
        this.namer = namer;
        this.offices = cues.lexicon.set(LetterLexicon.Kind.OFFICE_WORD);
    }

    /** The comma-separated fields of a line, a comma inside parentheses not counting. */
    List<int[]> of(int from, int to) {
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

    private static final Pattern AND = Pattern.compile("\\h+and\\h+");
    private static final Pattern LEADING_AND = Pattern.compile("and\\h+(?:the\\h+)?");

    /**
     * "Signed: Oxfam, Amnesty International, Christian Aid": a line of bodies between commas. With three or more,
     * most of them named as bodies, the rest capitalised, single-word names count too ("Indepaz", "Saferworld").
     */
    boolean bodyList(List<int[]> fields) {
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
    List<int[]> oxfordAnd(List<int[]> fields) {
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
    List<int[]> lastAnd(List<int[]> fields) {
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
}
