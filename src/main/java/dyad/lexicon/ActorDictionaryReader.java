package dyad.lexicon;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH actor dictionary (Phoenix.Countries/International/MilNonState.actors.txt):
 * a record is a primary phrase (optionally with codes on its line), {@code +} synonym lines and
 * tab-indented code lines {@code [CODE]}, {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]},
 * {@code [CODE YYMMDD-YYMMDD]} (six- or eight-digit dates; two-digit years up to 30 are 20YY, others
 * 19YY). Primary phrases that follow each other with no code and no blank line between are one
 * record ("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", then the codes). A code with a date that is
 * no date (seven digits, month 13) is skipped with a warning naming its line; a line that is not a
 * record at all is an error.
 */
final class ActorDictionaryReader {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
    private static final Pattern CODE = Pattern.compile("([A-Z0-9]+|---)(?:\\s+(.*))?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d+)");

    /** The records of a file and the warnings for codes skipped. */
    record Result(List<ActorRecord> records, List<String> warnings) {
    }

    private ActorDictionaryReader() {
    }

    static Result read(Path file) {
        return read(file.getFileName().toString(), SourceLines.read(file));
    }

    static Result read(String file, List<String> lines) {
        List<ActorRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> phrases = null;
        List<ActorRecord.Code> codes = null;
        int start = 0;
        boolean inline = false;
        boolean blankSince = false;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String text = SourceLines.uncommented(raw);
            if (text.isBlank()) {
                blankSince = blankSince || raw.isBlank();
                continue;
            }
            boolean indented = raw.startsWith("\t") || raw.startsWith(" ");
            String t = text.strip();
            if (indented && t.startsWith("[")) {
                if (phrases == null) {
                    throw new SourceException(file, n, "a code line before any actor");
                }
                codes.addAll(codes(file, n, t, warnings));
                continue;
            }
            if (t.startsWith("+")) {
                if (phrases == null) {
                    throw new SourceException(file, n, "a synonym before any actor");
                }
                String phrase = t.substring(1).strip();
                int bracket = phrase.indexOf('[');
                if (bracket >= 0) {
                    codes.addAll(codes(file, n, phrase.substring(bracket), warnings));
                    phrase = phrase.substring(0, bracket).strip();
                }
                phrases.add(phrase);
                continue;
            }
            if (t.startsWith("[")) {
                throw new SourceException(file, n, "a code line must be indented: " + t);
            }
            int bracket = t.indexOf('[');
            String phrase = (bracket < 0 ? t : t.substring(0, bracket)).strip();
            List<ActorRecord.Code> own = bracket < 0 ? List.of() : codes(file, n, t.substring(bracket), warnings);
            boolean continues = phrases != null && codes.isEmpty() && !inline && !blankSince && bracket < 0;
            if (continues) {
                phrases.add(phrase);
            } else {
                if (phrases != null) {
                    records.add(new ActorRecord(start, List.copyOf(phrases), List.copyOf(codes), inline));
                }
                phrases = new ArrayList<>();
                phrases.add(phrase);
                codes = new ArrayList<>(own);
                start = n;
                inline = bracket >= 0;
            }
            blankSince = false;
        }
        if (phrases != null) {
            records.add(new ActorRecord(start, List.copyOf(phrases), List.copyOf(codes), inline));
        }
        return new Result(records, warnings);
    }

    private static List<ActorRecord.Code> codes(String file, int line, String text, List<String> warnings) {
        List<ActorRecord.Code> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                throw new SourceException(file, line, "expected codes in [...], found: " + text.strip());
            }
            end = m.end();
            ActorRecord.Code code = code(file, line, m.group(1).strip(), warnings);
            if (code != null) {
                out.add(code);
            }
        }
        if (end == 0) { // text after the codes (a catalogue note: "[MNCMED]\tNewspapers") is left alone
            throw new SourceException(file, line, "expected codes in [...], found: " + text.strip());
        }
        return out;
    }

    private static ActorRecord.Code code(String file, int line, String inside, List<String> warnings) {
        Matcher m = CODE.matcher(inside);
        if (!m.matches()) {
            throw new SourceException(file, line, "not an actor code: [" + inside + "]");
        }
        String restriction = m.group(2) == null ? "" : m.group(2).strip();
        try {
            if (restriction.isEmpty()) {
                return new ActorRecord.Code(m.group(1), null, null, line);
            }
            Matcher range = RANGE.matcher(restriction);
            if (range.matches()) {
                return new ActorRecord.Code(m.group(1), date(range.group(1)), date(range.group(2)), line);
            }
            Matcher bound = BOUND.matcher(restriction);
            if (bound.matches()) {
                LocalDate d = date(bound.group(2));
                return bound.group(1).equals(">") ? new ActorRecord.Code(m.group(1), d, null, line)
                        : new ActorRecord.Code(m.group(1), null, d, line);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        warnings.add(file + " line " + line + ": skipped [" + inside + "]: not a date restriction (>D, <D, D-D; "
                + "D = YYMMDD or YYYYMMDD)");
        return null;
    }

    /** YYMMDD (two-digit years up to 30 are 20YY, others 19YY) or YYYYMMDD. */
    static LocalDate date(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            int year = yy <= 30 ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
        }
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6)));
        }
        throw new DateTimeException("not six or eight digits: " + digits);
    }
}
