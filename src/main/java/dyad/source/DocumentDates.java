package dyad.source;

import dyad.model.EventDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates the user gives documents instead of the ones found in their texts: one date for every
 * document ({@code --doc-date}), a list of files with a date each ({@code --doc-dates FILE}), or
 * both (a listed file takes its own date). Texts often carry no year ("Dec. 1 (Bloomberg)"),
 * and a folder of them needs a date per file, not one for all.
 */
public final class DocumentDates {

    public static final DocumentDates NONE = new DocumentDates(null, null, Map.of());

    private record Entry(int line, String shown, EventDate date) {
    }

    private final EventDate everyDocument;
    private final Path list;
    private final Map<Path, Entry> byFile;
    private final Set<Path> used = ConcurrentHashMap.newKeySet();

    private DocumentDates(EventDate everyDocument, Path list, Map<Path, Entry> byFile) {
        this.everyDocument = everyDocument;
        this.list = list;
        this.byFile = byFile;
    }

    /** The same date for every document; {@link #NONE} for null. */
    public static DocumentDates every(EventDate date) {
        return date == null ? NONE : new DocumentDates(date, null, Map.of());
    }

    /**
     * Reads a list of dated files: per line a path (absolute, or relative to the list's folder),
     * a tab, and a date as {@code --doc-date} takes it; blank lines and lines starting with
     * {@code #} are skipped. {@code otherwise} (may be null) dates the files not listed.
     *
     * @throws IllegalArgumentException "'LIST' line N: why", for the first bad line or an unreadable list
     */
    public static DocumentDates load(Path list, EventDate otherwise) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read '" + list + "': " + e.getMessage(), e);
        }
        Path base = list.toAbsolutePath().getParent();
        Map<Path, Entry> byFile = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw bad(list, i + 1, "expected a path, a tab and a date: '" + line + "'");
            }
            String path = line.substring(0, tab).strip();
            String value = line.substring(tab + 1).strip();
            EventDate date;
            try {
                date = DocumentDater.parseUserDate(value);
            } catch (IllegalArgumentException e) {
                throw bad(list, i + 1, "'" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            Entry before = byFile.putIfAbsent(base.resolve(path).normalize(), new Entry(i + 1, path, date));
            if (before != null && !before.date().equals(date)) {
                throw bad(list, i + 1, "'" + path + "' is dated " + before.date().value() + " on line " + before.line());
            }
        }
        return new DocumentDates(otherwise, list, byFile);
    }

    private static IllegalArgumentException bad(Path list, int line, String why) {
        return new IllegalArgumentException("'" + list + "' line " + line + ": " + why);
    }

    /** The date the list gives this very file, or null (stdin, or a file not listed). */
    public EventDate listedDate(Path file) {
        if (file != null && !byFile.isEmpty()) {
            Path key = file.toAbsolutePath().normalize();
            Entry e = byFile.get(key);
            if (e != null) {
                used.add(key);
                return e.date();
            }
        }
        return null;
    }

    /** The date given to every document ({@code --doc-date}), or null. */
    public EventDate everyDocument() {
        return everyDocument;
    }

    /** One line per listed file that no document was read from: "'LIST' line N: 'PATH' was not read". */
    public List<String> unused() {
        List<String> out = new ArrayList<>();
        byFile.forEach((file, e) -> {
            if (!used.contains(file)) {
                out.add("'" + list + "' line " + e.line() + ": '" + e.shown() + "' was not read (no such file among the inputs)");
            }
        });
        return out;
    }
}
