package dyad.extract.actors;

import dyad.model.Actor;

/**
 * An actor mention in a sentence: tokens [first, last], the actor it denotes (with the
 * mention's text and offsets), and the gazetteer kind it came from.
 * {@code actor} is null for a cue or pronoun not yet resolved from context.
 */
public record Mention(int first, int last, Actor actor, EntryKind kind, String office) {

    public boolean covers(int token) {
        return token >= first && token <= last;
    }

    public boolean resolved() {
        return actor != null && (actor.country() != null || actor.org() != null);
    }

    public Mention withActor(Actor a) {
        return new Mention(first, last, a, kind, office);
    }

    /** The same actor, re-mentioned over tokens [first, last] of the sentence. */
    public Mention withSpan(String text, dyad.nlp.Sentence s, int newFirst, int newLast) {
        dyad.model.Span span = dyad.model.Span.of(text, s.token(newFirst).start(), s.token(newLast).end());
        return new Mention(newFirst, newLast, actor.mentionedAs(span), kind, office);
    }

    /**
     * The key that makes two mentions one party for event splitting: country and role
     * ("the President and the First Lady" of one state are one party), else org, else name.
     */
    public String partyKey() {
        if (actor == null) {
            return null;
        }
        if (actor.country() != null) {
            return actor.country() + "/" + actor.role();
        }
        return actor.org() != null ? actor.org() : actor.name();
    }
}
