package dyad.extract.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists that decide when a number or a month name is a date. Load once per pipeline and pass it in.
 *
 * @param cues           words after which a bare year or month name is a date ("in", "since", "prior to")
 * @param nonYearNouns   nouns that make a preceding four-digit number a count ("2000 troops")
 * @param referenceNouns nouns that make a following number a reference, not a day ("Article 2")
 */
public record DateLexicon(Set<String> cues, Set<String> nonYearNouns, Set<String> referenceNouns) {

    static final String DIR = "dyad/lexicon/dates/";

    public DateLexicon {
        cues = Set.copyOf(Objects.requireNonNull(cues, "cues are required"));
        nonYearNouns = Set.copyOf(Objects.requireNonNull(nonYearNouns, "nonYearNouns are required"));
        referenceNouns = Set.copyOf(Objects.requireNonNull(referenceNouns, "referenceNouns are required"));
    }

    /** Loads the lists under {@value #DIR} on the class path. */
    public static DateLexicon load() {
        return new DateLexicon(list("date-cues.txt"), list("non-year-nouns.txt"), list("reference-nouns.txt"));
    }

    static Set<String> list(String name) {
        String path = DIR + name;
        InputStream in = DateLexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("cannot read '" + path + "': not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(path, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + path + "'", e);
        }
    }

    /** One lower-case entry a line; blank lines and lines starting with '#' are skipped; duplicates are an error. */
    static Set<String> parse(String path, BufferedReader r) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(
                        "'" + path + "' line " + lineNo + ": '" + entry + "' must be lower case");
            }
            if (!entries.add(entry)) {
                throw new IllegalStateException("'" + path + "' line " + lineNo + ": duplicate entry '" + entry + "'");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("'" + path + "' has no entries");
        }
        return entries;
    }
}
