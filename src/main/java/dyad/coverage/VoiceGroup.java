package dyad.coverage;

import com.fasterxml.jackson.annotation.JsonValue;
import dyad.model.Role;
import java.util.List;
import java.util.Locale;

/**
 * The few groups a pair's voices are told in, each a set of the record format's roles. Experts
 * (professors, analysts, scholars) are resolved as civil society ({@code CSO}) by the extractor, and
 * UN experts as the UN ({@code IGO}), so they are counted there.
 */
public enum VoiceGroup {
    GOVERNMENT("government", Role.GOV, Role.MIL),
    INSTITUTIONS("legislature and courts", Role.LEG, Role.JUD),
    OPPOSITION("opposition", Role.OPP),
    CIVIL_SOCIETY("civil society and experts", Role.CSO, Role.CVL),
    MEDIA("media", Role.MED),
    BUSINESS("business", Role.BUS),
    INTERNATIONAL("international bodies", Role.IGO),
    /** Quotes whose speaker the extractor could not name. */
    UNKNOWN("speaker not known");

    private final String label;
    private final List<Role> roles;

    VoiceGroup(String label, Role... roles) {
        this.label = label;
        this.roles = List.of(roles);
    }

    /** The group of a speaker's role; {@link #UNKNOWN} for none. */
    public static VoiceGroup of(Role role) {
        if (role == null) {
            return UNKNOWN;
        }
        for (VoiceGroup g : values()) {
            if (g.roles.contains(role)) {
                return g;
            }
        }
        throw new IllegalStateException("role " + role + " is in no voice group");
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public List<Role> roles() {
        return roles;
    }
}
