package dyad.extract;

import dyad.extract.actors.Mention;
import dyad.extract.actors.MentionFinder;
import dyad.extract.events.DemandEvents;
import dyad.extract.events.TriggerLexicon;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.nlp.Analysis;
import dyad.nlp.Nlp;
import dyad.nlp.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences, tagged and lemmatised, and the actors each one names. Parsing is the slow part, so
 * only a sentence that may tell an act (a trigger word or a demand) and names an actor is parsed;
 * the mentions found to decide that are the sentence's mentions (finding them needs no parse).
 */
final class AnalysisStage extends Stage {

    private final Nlp nlp;
    private final MentionFinder mentionFinder;
    private final TriggerLexicon lexicon;

    AnalysisStage(Nlp nlp, MentionFinder mentionFinder, TriggerLexicon lexicon) {
        super("analysis", List.of(Slots.LAYOUT), List.of(Slots.SENTENCES, Slots.CUTS, Slots.MENTIONS, Slots.NAMED));
        this.nlp = nlp;
        this.mentionFinder = mentionFinder;
        this.lexicon = lexicon;
    }

    @Override
    public void run(Work work) {
        String text = work.document().text();
        LocalDate day = work.document().date().firstDay();
        Map<Integer, List<Mention>> found = new HashMap<>();
        Analysis analysis = nlp.analyze(work.get(Slots.LAYOUT), s -> (lexicon.mayTrigger(s) || DemandEvents.mayDemand(s))
                && !found.computeIfAbsent(s.index(), i -> mentionFinder.find(text, s, day)).isEmpty());
        List<List<Mention>> mentions = new ArrayList<>();
        List<Mention> named = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            List<Mention> inSentence = found.computeIfAbsent(s.index(), i -> mentionFinder.find(text, s, day));
            mentions.add(inSentence);
            inSentence.stream().filter(Mention::resolved).forEach(named::add);
        }
        work.put(Slots.SENTENCES, analysis.sentences());
        work.put(Slots.CUTS, analysis.cuts());
        work.put(Slots.MENTIONS, List.copyOf(mentions));
        work.put(Slots.NAMED, List.copyOf(named));
    }
}
