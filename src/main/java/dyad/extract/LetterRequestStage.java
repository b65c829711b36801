package dyad.extract;

import dyad.extract.letters.LetterExtractor;
import dyad.extract.letters.LetterRequests;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Document;
import dyad.model.Event;
import java.util.List;
import java.util.Optional;

/** A letter's requests: one REQUEST from its signatories to each party a passage asks; none from its signature block. */
final class LetterRequestStage extends Stage {

    LetterRequestStage() {
        super("letter requests", List.of(Slots.SENTENCES, Slots.LETTER, Slots.TOLD), List.of(Slots.EVENTS));
    }

    @Override
    public void run(Work work) {
        Document doc = work.document();
        List<Event> told = work.get(Slots.TOLD);
        Optional<LetterExtractor.Reading> reading = work.get(Slots.LETTER);
        work.put(Slots.EVENTS, reading.isEmpty() ? told : List.copyOf(LetterRequests.complete(doc.id(), doc.text(),
                work.get(Slots.SENTENCES), told, reading.get(), Signatories.of(reading.get().letter()), doc.date())));
    }
}
