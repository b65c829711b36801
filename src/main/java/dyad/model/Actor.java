package dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A participant: the mention as written (null when implicit), its canonical name,
 * ISO3 country, IGO code and role.
 */
@JsonPropertyOrder({"text", "start", "end", "name", "country", "org", "role"})
public record Actor(
        @JsonInclude(JsonInclude.Include.ALWAYS) String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer start,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer end,
        @JsonInclude(JsonInclude.Include.ALWAYS) String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String country,
        @JsonInclude(JsonInclude.Include.ALWAYS) String org,
        Role role) {

    public Actor {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("actor offsets come in pairs");
        }
        if (start != null && (text == null || end - start != text.length())) {
            throw new IllegalArgumentException("actor text does not match its offsets");
        }
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3: '" + country + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("actor role is required");
        }
    }

    /** The same actor, unmentioned: for participants implied by context. */
    public Actor implicit() {
        return new Actor(null, null, null, name, country, org, role);
    }

    /** The same actor as mentioned at another place. */
    public Actor mentionedAs(Span mention) {
        return new Actor(mention.text(), mention.start(), mention.end(), name, country, org, role);
    }

    public boolean mentioned() {
        return start != null;
    }

    /** Same body: same name, country, org and role, wherever mentioned. */
    public boolean sameBody(Actor other) {
        return other != null && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(country, other.country)
                && java.util.Objects.equals(org, other.org) && role == other.role;
    }
}
