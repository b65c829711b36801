package dyad.store;

import dyad.model.Role;

/**
 * One side of an imported event as its source coded it: the actor code and name, the source's
 * country code (CAMEO: mostly ISO3, also regions such as AFR), and what Dyad reads from them: the
 * ISO3 state (null for a region, an unknown code or none) and the role (null when none).
 */
public record ImportedActor(String code, String name, String sourceCountry, String country, Role role) {

    public static final ImportedActor NONE = new ImportedActor(null, null, null, null, null);
}
