package dyad.extract.quotes;

import dyad.model.Span;

/**
 * An attribution found in the text around quotes: a speech verb and its speaker, or a
 * speaker without a verb ("In X’s words").
 *
 * @param verb    the attributing words as written, or null
 * @param speaker the speaker mention
 * @param start   first offset of the cue (verb or speaker, whichever comes first)
 * @param end     last offset of the cue, exclusive
 */
record Cue(String verb, Span speaker, int start, int end) {

    Cue {
        if (speaker == null || start > end) {
            throw new IllegalArgumentException("a cue needs a speaker and ordered offsets");
        }
    }

    boolean isAccordingTo() {
        return verb != null && verb.equalsIgnoreCase("according to");
    }
}
