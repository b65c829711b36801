package dyad.gdelt;

import java.util.Arrays;

/** A GDELT 2.0 event row (61 tab-separated columns) built field by field, for tests. */
public final class GdeltRow {

    private final String[] cells = new String[61];

    public GdeltRow(long id, String sqlDate, String eventCode) {
        Arrays.fill(cells, "");
        cells[0] = Long.toString(id);
        cells[1] = sqlDate;
        cells[2] = sqlDate.substring(0, 6);
        cells[3] = sqlDate.substring(0, 4);
        cells[25] = "1";
        cells[26] = eventCode;
        cells[27] = eventCode.substring(0, Math.min(3, eventCode.length()));
        cells[28] = eventCode.substring(0, Math.min(2, eventCode.length()));
        cells[59] = sqlDate + "120000";
    }

    /** Actor 1 (source): code, name, CAMEO country code, type code. */
    public GdeltRow source(String code, String name, String country, String type) {
        return actor(5, code, name, country, type);
    }

    public GdeltRow target(String code, String name, String country, String type) {
        return actor(15, code, name, country, type);
    }

    private GdeltRow actor(int at, String code, String name, String country, String type) {
        cells[at] = code;
        cells[at + 1] = name;
        cells[at + 2] = country;
        cells[at + 7] = type;
        return this;
    }

    public GdeltRow set(int column, String value) {
        cells[column] = value;
        return this;
    }

    public String line() {
        return String.join("\t", cells);
    }

    /** The row with its last {@code n} columns dropped. */
    public String shortLine(int n) {
        return String.join("\t", Arrays.copyOf(cells, cells.length - n));
    }
}
