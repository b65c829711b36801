package dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Quoted words (without the marks) and who said them. */
@JsonPropertyOrder({"kind", "doc", "speaker", "verb", "text", "start", "end"})
public record Quote(String doc, @JsonInclude(JsonInclude.Include.ALWAYS) Actor speaker,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String verb,
                    String text, int start, int end) implements Record {

    public Quote {
        if (text == null || end - start != text.length()) {
            throw new IllegalArgumentException("quote text does not match its offsets");
        }
    }

    @Override
    public String kind() {
        return "quote";
    }
}
