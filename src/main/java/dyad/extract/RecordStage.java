package dyad.extract;

import dyad.extract.letters.LetterExtractor;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Extraction;
import dyad.model.Record;
import dyad.nlp.Cut;
import dyad.nlp.Nlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The document's records in their output order (events, quotes, the letter, relations), and a note per cut sentence. */
final class RecordStage extends Stage {

    RecordStage() {
        super("records", List.of(Slots.EVENTS, Slots.QUOTES, Slots.LETTER, Slots.RELATIONS, Slots.CUTS), List.of(Slots.EXTRACTION));
    }

    @Override
    public void run(Work work) {
        List<Record> out = new ArrayList<>(work.get(Slots.EVENTS));
        out.addAll(work.get(Slots.QUOTES));
        work.get(Slots.LETTER).map(LetterExtractor.Reading::letter).ifPresent(out::add);
        out.addAll(work.get(Slots.RELATIONS));
        work.put(Slots.EXTRACTION, new Extraction(out, work.get(Slots.CUTS).stream().map(RecordStage::note).toList()));
    }

    private static String note(Cut cut) {
        return String.format(Locale.ROOT, "the sentence at characters %d-%d has %,d tokens and no sentence end: "
                + "cut into %d parts of at most %d tokens, each analysed as a sentence (an act told across a cut may be missed)",
                cut.start(), cut.end(), cut.tokens(), cut.parts(), Nlp.MAX_SENTENCE_TOKENS);
    }
}
