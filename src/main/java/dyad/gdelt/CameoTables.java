package dyad.gdelt;

import dyad.extract.actors.TsvTable;
import dyad.model.PloverType;
import dyad.model.Role;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What CAMEO codes in GDELT's columns mean to Dyad, from data shipped in the jar: event codes →
 * PLOVER type and mode (petrarch2/cameo-plover.tsv, generated from PLOVER's CAMEO2PLOVER table),
 * actor country codes → ISO3 states (actors/countries.tsv, and gdelt/cameo-countries.tsv for the
 * codes that are not a state's ISO3: ROM, regions such as AFR) and actor type codes → Dyad roles
 * (petrarch2/cameo-roles.tsv). Loaded once; a bad table row is an error naming the file and line.
 */
public final class CameoTables {

    static final String EVENTS = "/dyad/lexicon/petrarch2/cameo-plover.tsv";
    static final String COUNTRIES = "/dyad/lexicon/actors/countries.tsv";
    static final String CAMEO_COUNTRIES = "/dyad/lexicon/gdelt/cameo-countries.tsv";
    static final String ROLES = "/dyad/lexicon/petrarch2/cameo-roles.tsv";

    /** An event code's reading: its PLOVER type (null: Dyad codes no event for it) and mode (null: none). */
    public record Act(PloverType type, String mode) {
        static final Act NONE = new Act(null, null);
    }

    /** What a country code says: a state (iso3), no state (a region, a territory) or nothing known. */
    public record Country(String iso3, boolean known) {
        static final Country UNKNOWN = new Country(null, false);
        static final Country NO_STATE = new Country(null, true);
    }

    private final Map<String, Act> acts = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Set<String> noRole = new HashSet<>();

    private CameoTables() {
    }

    public static CameoTables load() {
        CameoTables t = new CameoTables();
        for (TsvTable.Row row : TsvTable.read(EVENTS, 3)) {
            if (!row.cell(0).matches("\\d{2,4}")) {
                throw row.error("a CAMEO event code is two to four digits: '" + row.cell(0) + "'");
            }
            Act act = row.cell(1).isEmpty() ? Act.NONE
                    : new Act(PloverType.parse(row.cell(1), row.resource() + " line " + row.line()),
                    row.cell(2).isEmpty() ? null : row.cell(2));
            if (t.acts.put(row.cell(0), act) != null) {
                throw row.error("CAMEO code " + row.cell(0) + " is listed twice");
            }
        }
        for (TsvTable.Row row : TsvTable.read(COUNTRIES, 6)) {
            t.countries.put(row.cell(0), new Country(row.cell(0), true));
        }
        for (TsvTable.Row row : TsvTable.read(CAMEO_COUNTRIES, 3)) {
            String iso3 = row.cell(1);
            if (!iso3.isEmpty() && !t.countries.containsKey(iso3)) {
                throw row.error("'" + iso3 + "' is not a state of actors/countries.tsv");
            }
            if (t.countries.containsKey(row.cell(0)) && t.countries.get(row.cell(0)).iso3().equals(row.cell(0))) {
                throw row.error(row.cell(0) + " is a state's own ISO3 code already");
            }
            if (t.countries.put(row.cell(0), iso3.isEmpty() ? Country.NO_STATE : new Country(iso3, true)) != null) {
                throw row.error(row.cell(0) + " is listed twice");
            }
        }
        for (TsvTable.Row row : TsvTable.read(ROLES, 3)) {
            if (row.cell(1).isEmpty()) {
                t.noRole.add(row.cell(0));
            } else {
                t.roles.put(row.cell(0), Role.parse(row.cell(1), row.resource() + " line " + row.line()));
            }
        }
        return t;
    }

    /** The event code's reading by the code, else its 3-digit parent, else its 2-digit root; null when unknown. */
    public Act act(String code) {
        if (code == null || code.length() < 2 || code.length() > 4) {
            return null;
        }
        Act act = acts.get(code);
        if (act == null && code.length() > 3) {
            act = acts.get(code.substring(0, 3));
        }
        return act != null ? act : acts.get(code.substring(0, 2));
    }

    /** A CAMEO actor country code's state. */
    public Country country(String code) {
        return countries.getOrDefault(code, Country.UNKNOWN);
    }

    /** Every actor country code the tables list, with its state. */
    Map<String, Country> countries() {
        return Collections.unmodifiableMap(countries);
    }

    /** Every actor type code the role table lists (with a role or none). */
    Set<String> roleCodes() {
        Set<String> all = new HashSet<>(roles.keySet());
        all.addAll(noRole);
        return all;
    }

    /** Whether the actor type code is one the role table lists (with a role or none). */
    public boolean knowsRole(String code) {
        return roles.containsKey(code) || noRole.contains(code);
    }

    /** The Dyad role of an actor type code; null for none or unknown. */
    public Role role(String code) {
        return roles.get(code);
    }
}
