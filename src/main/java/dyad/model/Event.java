package dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who did what to whom, when, how certainly, and the sentence that says so. */
@JsonPropertyOrder({"kind", "doc", "type", "mode", "source", "target", "date", "modality", "evidence"})
public record Event(String doc, PloverType type,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String mode,
                    Actor source, Actor target, EventDate date, Modality modality, Span evidence)
        implements Record {

    public Event {
        if (type == null || source == null || target == null || date == null || modality == null || evidence == null) {
            throw new IllegalArgumentException("event needs type, source, target, date, modality and evidence");
        }
        if (!source.mentioned() && !target.mentioned()) {
            throw new IllegalArgumentException("event needs at least one mentioned participant");
        }
    }

    @Override
    public String kind() {
        return "event";
    }

    public Event withDate(EventDate newDate) {
        return new Event(doc, type, mode, source, target, newDate, modality, evidence);
    }

    public Event withModality(Modality m) {
        return new Event(doc, type, mode, source, target, date, m, evidence);
    }
}
