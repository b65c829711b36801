package dyad.extract;

import dyad.extract.actors.Discourse;
import dyad.extract.actors.Mention;
import dyad.extract.actors.MentionFinder;
import dyad.extract.actors.Voices;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Letter;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every sentence's mentions resolved in document order by one discourse: "it", "the two sides", a
 * letter's "we" and "you", a statement's "I" and "we" (its issuer).
 */
final class DiscourseStage extends Stage {

    private final MentionFinder mentionFinder;

    DiscourseStage(MentionFinder mentionFinder) {
        super("discourse", List.of(Slots.SENTENCES, Slots.MENTIONS, Slots.LETTER), List.of(Slots.RESOLVED));
        this.mentionFinder = mentionFinder;
    }

    @Override
    public void run(Work work) {
        work.put(Slots.RESOLVED, resolve(work, Voices.NONE));
    }

    /** The mentions resolved with {@code voices} speaking: who "we" is inside each quotation or statement. */
    List<List<Mention>> resolve(Work work, Voices voices) {
        List<Sentence> sentences = work.get(Slots.SENTENCES);
        List<List<Mention>> raw = work.get(Slots.MENTIONS);
        Optional<Letter> letter = work.get(Slots.LETTER).map(LetterExtractor.Reading::letter);
        Discourse discourse = new Discourse(mentionFinder);
        String text = work.document().text();
        if (letter.isPresent()) {
            discourse.setFirstPerson(Signatories.of(letter.get()));
        } else {
            StatementIssuer.of(text, sentences, raw).ifPresent(discourse::setFirstPerson);
        }
        letter.filter(l -> !l.recipients().isEmpty()).ifPresent(l -> discourse.setSecondPerson(l.recipients().get(0)));
        discourse.setVoices(voices);
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(discourse.resolve(text, raw.get(i), work.document().date().firstDay(), sentences.get(i)));
        }
        return List.copyOf(out);
    }
}
