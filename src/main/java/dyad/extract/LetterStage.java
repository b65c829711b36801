package dyad.extract;

import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Document;
import java.util.List;

/** The document read as an open letter, when it is one; its signatories are the "we" of the later stages. */
final class LetterStage extends Stage {

    private final LetterExtractor letters;
    private final DateExpressionFinder dateFinder;

    LetterStage(LetterExtractor letters, DateExpressionFinder dateFinder) {
        super("letter", List.of(Slots.NAMED), List.of(Slots.LETTER));
        this.letters = letters;
        this.dateFinder = dateFinder;
    }

    @Override
    public void run(Work work) {
        Document doc = work.document();
        String text = doc.text();
        work.put(Slots.LETTER, letters.read(new LetterExtractor.Context(doc, work.get(Slots.NAMED), (from, to) ->
                dateFinder.find(text, from, to, doc.date(), doc.date()).stream()
                        .map(t -> new LetterExtractor.DatedSpan(t.span(), t.date())).toList())));
    }
}
