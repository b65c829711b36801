package dyad.extract.events;

import dyad.extract.Models;
import dyad.extract.actors.Discourse;
import dyad.extract.actors.Mention;
import dyad.extract.actors.MentionFinder;
import dyad.nlp.LayoutNormalizer;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A developer's look inside one text: per sentence, its tokens with tags and heads, the actor
 * mentions before and after discourse, the triggers that fire and the frames found for them.
 * Run: java -cp target/test-classes:target/classes:$(cat target/classpath.txt) dyad.extract.events.Explain FILE…|TEXT [DATE]
 * (several files: each under a "### FILE" line, the models loaded once).
 */
public final class Explain {

    public static void main(String[] args) throws Exception {
        Models models = Models.load();
        if (!Files.exists(Path.of(args[0]))) {
            explain(models, args[0], args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2021, 6, 15));
            return;
        }
        for (String file : args) {
            System.out.println("### " + file);
            explain(models, Files.readString(Path.of(file)), LocalDate.of(2021, 6, 15));
        }
    }

    private static void explain(Models models, String text, LocalDate day) {
        MentionFinder finder = new MentionFinder(models.gazetteer());
        String layout = new LayoutNormalizer().normalize(text);
        List<Sentence> sentences = models.nlp().analyze(layout, s -> true).sentences();
        Discourse discourse = new Discourse(finder);
        TriggerMatcher matcher = new TriggerMatcher(models.lexicon());
        ArgumentFinder arguments = new ArgumentFinder(models.lexicon());
        for (Sentence s : sentences) {
            System.out.println("== " + text.substring(s.start(), s.end()));
            StringBuilder b = new StringBuilder();
            for (var t : s.tokens()) {
                Arc h = s.head(t.index());
                b.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(t.lemma())
                        .append('<').append(h == null ? "root" : h.relation() + "-" + h.governor()).append("> ");
            }
            System.out.println("   " + b);
            List<Mention> raw = finder.find(text, s, day);
            List<Mention> mentions = discourse.resolve(text, raw, day, s);
            for (Mention m : mentions) {
                System.out.println("   M [" + m.first() + "-" + m.last() + "] " + m.kind() + " " + m.actor());
            }
            List<TriggerMatcher.Fired> fired = matcher.fire(s);
            Set<Integer> tokens = new HashSet<>();
            fired.forEach(f -> tokens.add(f.token()));
            for (TriggerMatcher.Fired f : fired) {
                ArgumentFinder.Frame frame = arguments.find(s, f.token(), f.consumed(), mentions, tokens);
                System.out.println("   T " + s.token(f.token()).word() + " " + f.rule().type() + "/" + f.rule().mode()
                        + " req=" + f.rule().requires() + " src=" + frame.sources().stream().map(m -> m.actor().text()).toList()
                        + " tgt=" + frame.targets().stream().map(m -> m.actor().text()).toList()
                        + " mutual=" + frame.mutual().stream().map(m -> m.actor().text()).toList());
            }
        }
    }
}
