package dyad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One numbered demand of a letter, addressed to one actor. */
@JsonPropertyOrder({"n", "summary", "addressee", "text", "start", "end"})
public record Demand(int n, String summary, Actor addressee, String text, int start, int end) {
    public Demand {
        if (n < 1) {
            throw new IllegalArgumentException("demand numbers start at 1");
        }
        if (text == null || end - start != text.length()) {
            throw new IllegalArgumentException("demand text does not match its offsets");
        }
    }
}
