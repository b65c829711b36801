package dyad.nlp;

import java.util.List;

/** What {@link Nlp#analyze} made of a text: its sentences in order, and the over-long sentences it had to cut. */
public record Analysis(List<Sentence> sentences, List<Cut> cuts) {

    public Analysis {
        sentences = List.copyOf(sentences);
        cuts = List.copyOf(cuts);
    }
}
