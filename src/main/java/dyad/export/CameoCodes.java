package dyad.export;

import dyad.extract.actors.TsvTable;
import dyad.model.Event;
import dyad.model.PloverType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A PLOVER type and mode → the CAMEO event code, quad class and Goldstein value an export in
 * GDELT's columns gives it (export/plover-cameo.tsv: a mode's own code where CAMEO has one, else
 * the type's). Loaded once; a type with no row, a quad outside 1–4 or a Goldstein value outside
 * −10…10 is an error naming the line.
 */
final class CameoCodes {

    static final String RESOURCE = "/dyad/lexicon/export/plover-cameo.tsv";

    /** What GDELT's columns say of an event's act. */
    record Code(String cameo, int quad, double goldstein) {
        String base() {
            return cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
        }

        String root() {
            return cameo.substring(0, 2);
        }
    }

    private final Map<PloverType, Code> byType = new EnumMap<>(PloverType.class);
    private final Map<String, Code> byMode = new HashMap<>();

    private CameoCodes() {
    }

    static CameoCodes load() {
        CameoCodes codes = new CameoCodes();
        for (TsvTable.Row row : TsvTable.read(RESOURCE, 5)) {
            PloverType type;
            try {
                type = PloverType.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown PLOVER type '" + row.cell(0) + "'");
            }
            if (!row.cell(2).matches("\\d{3,4}")) {
                throw row.error("a CAMEO event code is three or four digits: '" + row.cell(2) + "'");
            }
            Code code;
            try {
                code = new Code(row.cell(2), Integer.parseInt(row.cell(3)), Double.parseDouble(row.cell(4)));
            } catch (NumberFormatException e) {
                throw row.error("quad and Goldstein value must be numbers");
            }
            if (code.quad() < 1 || code.quad() > 4 || Math.abs(code.goldstein()) > 10) {
                throw row.error("quad is 1 to 4 and the Goldstein scale runs from -10 to 10");
            }
            Code before = row.cell(1).isEmpty() ? codes.byType.put(type, code) : codes.byMode.put(key(type, row.cell(1)), code);
            if (before != null) {
                throw row.error(type + " " + (row.cell(1).isEmpty() ? "(any mode)" : row.cell(1)) + " is listed twice");
            }
        }
        for (PloverType type : PloverType.values()) {
            if (!codes.byType.containsKey(type)) {
                throw new IllegalArgumentException(RESOURCE + ": no row for " + type + " with an empty mode");
            }
        }
        return codes;
    }

    Code of(Event e) {
        Code mode = e.mode() == null ? null : byMode.get(key(e.type(), e.mode()));
        return mode != null ? mode : byType.get(e.type());
    }

    private static String key(PloverType type, String mode) {
        return type + "|" + mode.toLowerCase(Locale.ROOT);
    }
}
