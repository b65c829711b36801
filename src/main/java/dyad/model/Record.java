package dyad.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of `dyad extract` output. */
public sealed interface Record permits Event, Quote, Letter, Relation {
    @JsonProperty("kind")
    String kind();

    @JsonProperty("doc")
    String doc();
}
