package dyad.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small tab-separated file of the converter's own (mapping tables): '#' comments, at least N columns. */
final class TsvRows {

    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        SourceException error(String why) {
            return new SourceException(file, line, why);
        }
    }

    private TsvRows() {
    }

    static List<Row> read(Path file, int minColumns) {
        return read(file.toString(), SourceLines.read(file), minColumns);
    }

    static List<Row> read(String file, List<String> lines, int minColumns) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (cells.size() < minColumns - 1) {
                throw new SourceException(file, i + 1, "expected " + minColumns + " tab-separated columns, found "
                        + cells.size());
            }
            rows.add(new Row(file, i + 1, cells));
        }
        return rows;
    }
}
