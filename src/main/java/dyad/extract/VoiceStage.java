package dyad.extract;

import dyad.extract.actors.Mention;
import dyad.extract.actors.SpokenVoices;
import dyad.extract.actors.Voices;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * "We" inside a quotation, a turn or a statement stands for its speaker's side, now that speakers
 * are known: the discourse is resolved again with those voices (a letter's "we" is its signatories).
 */
final class VoiceStage extends Stage {

    private final SpokenVoices spoken;
    private final DiscourseStage discourse;

    VoiceStage(SpokenVoices spoken, DiscourseStage discourse) {
        super("voices", List.of(Slots.SENTENCES, Slots.MENTIONS, Slots.LETTER, Slots.RESOLVED, Slots.QUOTES), List.of(Slots.VOICED));
        this.spoken = spoken;
        this.discourse = discourse;
    }

    @Override
    public void run(Work work) {
        List<List<Mention>> resolved = work.get(Slots.RESOLVED);
        List<Voices.Voice> all = new ArrayList<>();
        if (work.get(Slots.LETTER).isEmpty()) {
            all.addAll(spoken.find(work.document().text(), resolved.stream().flatMap(List::stream).toList()));
        }
        for (Quote q : work.get(Slots.QUOTES)) { // inside those voices, the quotations: they speak first
            if (q.speaker() != null) {
                all.add(new Voices.Voice(q.start(), q.end(), q.speaker()));
            }
        }
        Voices voices = new Voices(all);
        work.put(Slots.VOICED, voices.isEmpty() ? resolved : discourse.resolve(work, voices));
    }
}
