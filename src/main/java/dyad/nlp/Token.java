package dyad.nlp;

/** One token: its word as written, lemma, Penn POS tag, and offsets into the document. */
public record Token(int index, String word, String lemma, String pos, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** Present tense or a present participle ("seeks", "is seeking", "remains"). */
    public boolean isPresentTense() {
        return pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
