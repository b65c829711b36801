package dyad.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much of a date is known. */
public enum Precision {
    DAY, MONTH, YEAR, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
