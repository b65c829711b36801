package dyad.lexicon;

import dyad.model.PloverType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO event code → PLOVER type and mode, from cameo2plover.tsv (columns cameo, plover_type,
 * plover_mode): the exact code, else its 3-digit parent, else its 2-digit root. Two exceptions,
 * Dyad's own: CAMEO 01x (public statements) codes nothing, and CAMEO 02x (appeals) is REQUEST,
 * because Dyad codes appeals and urgings as requests (021 and 023 assist, 024 change, 025 yield,
 * 026 and 028 meet, else no mode).
 */
final class CameoPlover {

    /** A PLOVER type and its mode (null for none). */
    record Plover(PloverType type, String mode) {
    }

    private final Map<String, Plover> byCode = new HashMap<>();
    private final Map<String, Boolean> known = new java.util.LinkedHashMap<>();

    private CameoPlover() {
    }

    static CameoPlover read(Path file) {
        return read(file.toString(), SourceLines.read(file));
    }

    static CameoPlover read(String file, List<String> lines) {
        CameoPlover map = new CameoPlover();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || i == 0 && line.startsWith("cameo")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || !cells[0].trim().matches("\\d{2,4}")) {
                throw new SourceException(file, i + 1, "expected 'cameo<TAB>plover_type<TAB>plover_mode'");
            }
            String code = cells[0].trim();
            String type = cells[1].trim();
            String mode = cells.length > 2 ? cells[2].trim().toLowerCase(Locale.ROOT) : "";
            map.known.put(code, true);
            if (type.isEmpty()) {
                continue;
            }
            PloverType t;
            try {
                t = PloverType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new SourceException(file, i + 1, "unknown PLOVER type '" + type + "'");
            }
            if (map.byCode.put(code, new Plover(t, mode.isEmpty() ? null : mode)) != null) {
                throw new SourceException(file, i + 1, "CAMEO code " + code + " listed twice");
            }
        }
        return map;
    }

    /** Whether the table knows this code, its parent or its root. */
    boolean knows(String code) {
        return known.containsKey(code) || code.length() > 3 && known.containsKey(code.substring(0, 3))
                || known.containsKey(code.substring(0, 2));
    }

    /** The PLOVER type and mode of a CAMEO code; empty when Dyad codes no event for it. */
    Optional<Plover> map(String code) {
        if (code.startsWith("01")) {
            return Optional.empty();
        }
        if (code.startsWith("02")) {
            return Optional.of(new Plover(PloverType.REQUEST, appealMode(code)));
        }
        for (String c : List.of(code, code.substring(0, Math.min(3, code.length())), code.substring(0, 2))) {
            if (known.containsKey(c)) {
                return Optional.ofNullable(byCode.get(c));
            }
        }
        return Optional.empty();
    }

    /**
     * The whole map as rows (code, type or '-', mode or '-'): every code of the table in its order,
     * then the appeals 020–028 the table leaves out; looked up as {@link #map} does (exact code,
     * 3-digit parent, 2-digit root), the rows give what {@link #map} gives.
     */
    List<List<String>> rows() {
        List<String> codes = new java.util.ArrayList<>(known.keySet());
        for (int i = 0; i <= 8; i++) {
            if (!codes.contains("02" + i)) {
                codes.add("02" + i);
            }
        }
        return codes.stream().map(code -> {
            Optional<Plover> p = map(code);
            return List.of(code, p.map(x -> x.type().name()).orElse("-"),
                    p.map(Plover::mode).filter(m -> m != null).orElse("-"));
        }).toList();
    }

    private static String appealMode(String code) {
        String parent = code.substring(0, Math.min(3, code.length()));
        return switch (parent) {
            case "021", "023" -> "assist";
            case "024" -> "change";
            case "025" -> "yield";
            case "026", "028" -> "meet";
            default -> null;
        };
    }
}
