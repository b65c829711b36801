package dyad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An open letter or petition: who wrote it, to whom, what it demands, what it cites. */
@JsonPropertyOrder({"kind", "doc", "date", "authors", "recipients", "demands", "references"})
public record Letter(String doc, EventDate date, List<Actor> authors, List<Actor> recipients,
                     List<Demand> demands, List<LetterReference> references) implements Record {
    public Letter {
        authors = List.copyOf(authors);
        recipients = List.copyOf(recipients);
        demands = List.copyOf(demands);
        references = List.copyOf(references);
    }

    @Override
    public String kind() {
        return "letter";
    }
}
