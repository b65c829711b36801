package dyad.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event happened, was refused, is planned, or is conditional. */
public enum Modality {
    ASSERTED, NEGATED, INTENDED, HYPOTHETICAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
