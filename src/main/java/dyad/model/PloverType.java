package dyad.model;

/** The 16 PLOVER event types. */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT;

    /**
     * Acts two parties do together ("talks between A and B", "A and B agreed"): who is named the
     * source and who the target is the telling's choice, not a fact of the act.
     */
    public boolean reciprocal() {
        return this == CONSULT || this == AGREE || this == COOPERATE;
    }

    public static PloverType parse(String code, String where) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown PLOVER type '" + code + "'");
        }
    }
}
