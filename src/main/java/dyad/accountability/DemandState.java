package dyad.accountability;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How far a demand has been met. */
public enum DemandState {
    OPEN, PARTIALLY_MET, MET, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DemandState parse(String code) {
        for (DemandState s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown demand state '" + code + "'; use one of "
                + Arrays.stream(values()).map(DemandState::code).collect(Collectors.joining(", ")));
    }
}
