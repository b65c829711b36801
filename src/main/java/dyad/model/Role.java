package dyad.model;

/** Actor roles of the record format (spec: shared/spec/records.md). */
public enum Role {
    GOV, MIL, LEG, JUD, OPP, CSO, MED, BUS, CVL, IGO;

    /** A state acts through its government and its armed forces. */
    public boolean actsForState() {
        return this == GOV || this == MIL;
    }

    public static Role parse(String code, String where) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown role '" + code + "'");
        }
    }
}
