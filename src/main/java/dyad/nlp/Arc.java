package dyad.nlp;

/** A dependency: governor token index (-1 for the root), dependent index, UD relation. */
public record Arc(int governor, int dependent, String relation) {

    /** The relation without its subtype: "nmod:poss" → "nmod". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
