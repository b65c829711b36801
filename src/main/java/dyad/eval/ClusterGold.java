package dyad.eval;

import dyad.model.PloverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold of a clustering test set (layout in docs/clusters.md): {@code acts.tsv} (act, type,
 * source, target, date, precision, note), {@code tellings.tsv} (act, file, sentence: one sentence
 * of the file telling the act) and {@code copies.tsv} (file, original, kind) beside {@code docs/}.
 * A bad line fails with {@code FILE line N: why}.
 */
public record ClusterGold(Map<String, PloverType> acts, List<Telling> tellings, List<Copy> copies) {

    /** A sentence of a document that tells an act, and where it sits in the document's text. */
    public record Telling(String act, String file, String sentence, int start, int end) {
    }

    public record Copy(String file, String original, String kind) {
    }

    public static ClusterGold read(Path corpus) {
        Path docs = corpus.resolve("docs");
        if (!Files.isDirectory(docs)) {
            throw new ScoreInputException("'" + corpus + "' has no docs/ folder: not a clustering test set");
        }
        Map<String, PloverType> acts = new LinkedHashMap<>();
        for (Row r : rows(corpus.resolve("acts.tsv"), 7, "act")) {
            PloverType type;
            try {
                type = PloverType.parse(r.cells[1], r.where);
            } catch (IllegalArgumentException e) {
                throw new ScoreInputException(e.getMessage());
            }
            if (acts.put(r.cells[0], type) != null) {
                throw new ScoreInputException(r.where + ": act '" + r.cells[0] + "' is listed twice");
            }
        }
        List<Telling> tellings = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Row r : rows(corpus.resolve("tellings.tsv"), 3, "act")) {
            if (!acts.containsKey(r.cells[0])) {
                throw new ScoreInputException(r.where + ": act '" + r.cells[0] + "' is not in acts.tsv");
            }
            String text = texts.computeIfAbsent(r.cells[1], f -> readDoc(docs, f, r.where));
            int at = text.indexOf(r.cells[2]);
            if (at < 0) {
                throw new ScoreInputException(r.where + ": the sentence is not in docs/" + r.cells[1]);
            }
            tellings.add(new Telling(r.cells[0], r.cells[1], r.cells[2], at, at + r.cells[2].length()));
        }
        List<Copy> copies = new ArrayList<>();
        Path copyFile = corpus.resolve("copies.tsv");
        if (Files.exists(copyFile)) {
            for (Row r : rows(copyFile, 3, "file")) {
                for (String f : List.of(r.cells[0], r.cells[1])) {
                    if (!Files.isRegularFile(docs.resolve(f))) {
                        throw new ScoreInputException(r.where + ": no document docs/" + f);
                    }
                }
                copies.add(new Copy(r.cells[0], r.cells[1], r.cells[2]));
            }
        }
        return new ClusterGold(acts, tellings, copies);
    }

    private static String readDoc(Path docs, String file, String where) {
        try {
            return Files.readString(docs.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScoreInputException(where + ": cannot read docs/" + file + ": " + e.getMessage());
        }
    }

    private record Row(String where, String[] cells) {
    }

    /** The data lines of a TSV with a header whose first column is {@code first}; at least {@code columns} cells each. */
    private static List<Row> rows(Path file, int columns, String first) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScoreInputException("cannot read '" + file + "': " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).split("\t", -1)[0].strip().equals(first)) {
            throw new ScoreInputException(file + " line 1: expected a header starting with '" + first + "'");
        }
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            String where = file + " line " + (i + 1);
            if (cells.length < columns - 1 || cells.length < 3) {
                throw new ScoreInputException(where + ": expected " + columns + " tab-separated columns, found " + cells.length);
            }
            for (int k = 0; k < cells.length; k++) {
                cells[k] = k == 2 && columns == 3 ? cells[k] : cells[k].strip();
            }
            out.add(new Row(where, cells));
        }
        return out;
    }
}
