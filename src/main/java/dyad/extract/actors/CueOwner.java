package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a role cue names once its owner is known, whether the owner is written beside it
 * ("Canada's foreign ministry", "the Peruvian president") or reached through a pronoun ("its
 * ambassador"): a government body is the state's government, an office is its holder on the
 * day ({@code offices.tsv}), any other cue is the state's body of that kind.
 */
final class CueOwner {

    private static final Set<String> GOVERNMENT_BODIES = Set.of("government", "governments", "administration",
            "regime", "authorities", "cabinet", "executive", "country", "state", "nation");

    private final Gazetteer gazetteer;
    private final Map<String, Set<String>> offices = new HashMap<>();

    CueOwner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (TsvTable.Row row : TsvTable.read(Gazetteer.DIR + "offices.tsv", 2)) {
            offices.put(row.cell(0), Set.copyOf(row.list(1)));
        }
    }

    /**
     * @param owner   the owning actor (a state's government, a person, a body)
     * @param cue     the cue's phrase as the gazetteer has it ("foreign ministry") and its role
     * @param person  whether the owner is a person ("the Trudeau government")
     */
    private static final java.util.regex.Pattern TROOPS =
            java.util.regex.Pattern.compile("(?i)\\b(?:troops|forces|soldiers|peacekeep\\w*|contingent|battalion|monitors)\\b");

    Actor owned(Actor owner, String cue, Role cueRole, boolean person, Span span, LocalDate day) {
        String country = owner.country();
        String name;
        Role role = cueRole;
        Set<String> office = offices.get(cue);
        if (country != null && office != null) {
            name = gazetteer.officeHolder(country, office, day).map(GazetteerEntry::name)
                    .orElse(cue + " of " + countryName(country));
        } else if (country != null && (GOVERNMENT_BODIES.contains(cue) || role == Role.GOV)) {
            name = governmentName(country);
            role = Role.GOV;
        } else if (country != null) {
            name = countryName(country) + " " + cue;
        } else {
            name = owner.name();
        }
        if (person && GOVERNMENT_BODIES.contains(cue)) {
            role = Role.GOV;
        }
        if (owner.role() == Role.IGO) { // "the bloc's leaders", "UN Secretary-General"
            role = Role.IGO;
        } else if (role == Role.IGO && owner.org() == null) {
            // "Bangladeshi peacekeeping troops": a state's part in a body's work is that state's, its forces or its envoys
            role = TROOPS.matcher(cue).find() ? Role.MIL : Role.GOV;
        }
        return new Actor(span.text(), span.start(), span.end(), name, country, owner.org(), role);
    }

    String countryName(String iso3) {
        return gazetteer.country(iso3).map(Country::name).orElse(iso3);
    }

    /** A state's people as an unmentioned party. */
    Actor peopleOf(String iso3) {
        return gazetteer.peopleOf(iso3);
    }

    /** A state's government as an unmentioned party ("the two countries" stand for two of them). */
    Actor government(String iso3) {
        return gazetteer.government(iso3);
    }

    String governmentName(String iso3) {
        return gazetteer.country(iso3).map(Country::government).orElse(iso3);
    }
}
