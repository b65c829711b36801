package dyad.extract.quotes;

import java.util.Locale;

/** A word of the document with its offsets; text is the document between them. */
record Word(String text, int start, int end) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Starts with a capital letter: names, and any word that opens a sentence. */
    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** A capitalised word or a particle-prefixed surname ("al-Sisi", "el-Amin"). */
    boolean nameLike() {
        if (capitalised()) {
            return true;
        }
        int dash = text.indexOf('-');
        return dash > 0 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1))
                && FunctionWords.PARTICLES.contains(lower().substring(0, dash));
    }

    /** Ends in a possessive 's ("Norway’s"), the form that names a speaker in "X’s words". */
    boolean possessiveS() {
        String l = lower();
        return l.length() > 2 && (l.endsWith("’s") || l.endsWith("'s"));
    }
}
