package dyad.store;

import dyad.model.Role;

/** A body (name, country, org, role), how many events it took part in and how many quotes it spoke. */
public record ActorActivity(String name, String country, String org, Role role, long events, long quotes) {

    public long total() {
        return events + quotes;
    }
}
