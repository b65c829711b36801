package dyad.model;

import java.util.List;

/** An earlier letter a letter refers to, and whether it was answered. */
public record LetterReference(EventDate date, List<Actor> recipients, Boolean replied) {
    public LetterReference {
        recipients = List.copyOf(recipients);
    }
}
