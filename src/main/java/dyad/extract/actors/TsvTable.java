package dyad.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lexicon file on the classpath: tab-separated, '#' comment lines, a fixed column count.
 * Errors name the resource and line so a bad edit to the data is easy to find.
 */
public final class TsvTable {

    public record Row(String resource, int line, List<String> cells) {
        public String cell(int i) {
            String v = cells.get(i).trim();
            return v.equals("-") ? "" : v;
        }

        /** A '|'-separated list cell; empty for "" or "-". */
        public List<String> list(int i) {
            String v = cell(i);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }

        /** The cell as a regular expression matched ignoring case; {@code what} names it in the error. */
        public java.util.regex.Pattern pattern(int i, String what) {
            try {
                return java.util.regex.Pattern.compile(cell(i),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw error(what + " is not a regular expression: " + e.getDescription());
            }
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(resource + " line " + line + ": " + message);
        }
    }

    private TsvTable() {
    }

    public static List<Row> read(String resource, int columns) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte order mark left by an editor
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
                while (cells.size() < columns && cells.size() >= columns - 2) {
                    cells.add(""); // tolerate missing trailing empty columns
                }
                if (cells.size() != columns) {
                    throw new IllegalArgumentException(resource + " line " + n + ": expected " + columns
                            + " tab-separated columns, found " + cells.size());
                }
                rows.add(new Row(resource, n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
