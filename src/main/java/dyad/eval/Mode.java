package dyad.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the gold file holds: document records ("docs") or benchmark sentence items ("sentences"). */
public enum Mode {
    /** Decide from the first gold object: an item with "id" and "gold" and no "kind" means sentences. */
    AUTO,
    DOCS,
    SENTENCES;

    /** The name score.py uses (--mode auto|docs|sentences). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mode '" + code + "' (allowed: "
                        + Arrays.stream(values()).map(Mode::code).collect(Collectors.joining(", ")) + ")"));
    }
}
