package dyad.lexicon;

import dyad.model.Role;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CAMEO actor codes ("VENGOV", "USAGOVBUS", "IGOUNOIAE", "~MIL") with three tables: the
 * states Dyad knows (their ISO3 codes, plus CAMEO prefixes such as KUW → KWT from
 * cameo_country_codes.tsv), the role map (cameo-roles.tsv: a 3-letter CAMEO role → a Dyad role, or
 * '-' for none) and the IGO map (cameo-orgs.tsv: the longest listed prefix of an IGO code → Dyad's
 * org code). A role code in neither table is an error naming the file and line.
 */
final class CameoCodes {

    /** What a code says: the state (or null), the IGO's org code (or null), the role (null: none). */
    record Reading(String iso3, String org, Role role, boolean statePrefix) {
    }

    private final Map<String, String> states;
    private final Map<String, Role> roles = new HashMap<>();
    private final Set<String> noRole = new java.util.HashSet<>();
    private final Map<String, String> orgs = new HashMap<>();

    CameoCodes(Map<String, String> states, List<TsvRows.Row> roleRows, List<TsvRows.Row> orgRows, Set<String> orgCodes) {
        this.states = Map.copyOf(states);
        for (TsvRows.Row row : roleRows) {
            String code = row.cell(0);
            String role = row.cell(1);
            if (!code.matches("[A-Z]{3}")) {
                throw row.error("a CAMEO role code is three capital letters: '" + code + "'");
            }
            if (role.equals("-")) {
                noRole.add(code);
            } else {
                try {
                    roles.put(code, Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown Dyad role '" + role + "'");
                }
            }
        }
        for (TsvRows.Row row : orgRows) {
            if (!row.cell(1).equals("-") && !orgCodes.contains(row.cell(1))) {
                throw row.error("'" + row.cell(1) + "' is not one of Dyad's org codes");
            }
            orgs.put(row.cell(0), row.cell(1));
        }
    }

    static CameoCodes load(Map<String, String> states, Path roles, Path orgs, Set<String> orgCodes) {
        return new CameoCodes(states, TsvRows.read(roles, 3), TsvRows.read(orgs, 3), orgCodes);
    }

    /** The ISO3 code a CAMEO country prefix stands for, or null. */
    String state(String prefix) {
        return states.get(prefix);
    }

    /** An actor code; {@code file} and {@code line} name it in an error. */
    Reading read(String code, String file, int line) {
        if (code.startsWith("IGO")) {
            return new Reading(null, org(code), Role.IGO, false);
        }
        String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
        String iso3 = states.get(prefix);
        boolean rolePrefix = roles.containsKey(prefix) || noRole.contains(prefix);
        String chunks = iso3 != null || !rolePrefix ? code.substring(prefix.length()) : code;
        // A second place code after the state: a successor state ("YUGSRB", "USRUKR") or a territory ("GBRFLKGOV").
        while (chunks.length() >= 3 && !roles.containsKey(chunks.substring(0, 3)) && !noRole.contains(chunks.substring(0, 3))) {
            String inner = states.get(chunks.substring(0, 3));
            if (inner == null && chunks.length() == 3) {
                break; // the last chunk: a role code nobody mapped (reported below)
            }
            if (inner == null) {
                return new Reading(null, null, null, false); // a territory Dyad does not code
            }
            iso3 = inner;
            chunks = chunks.substring(3);
        }
        if (chunks.isEmpty()) {
            return new Reading(iso3, null, null, iso3 != null);
        }
        return new Reading(iso3, null, role(chunks.substring(0, Math.min(3, chunks.length())), code, file, line),
                iso3 != null);
    }

    /** An agent code: "~GOV", "~GOVMED" (the role before the actor's) or "NGO~". */
    Role agentRole(String code, String file, int line) {
        String c = code.replace("~", "");
        if (c.startsWith("IGO")) {
            return Role.IGO;
        }
        return role(c.substring(0, Math.min(3, c.length())), code, file, line);
    }

    private Role role(String chunk, String code, String file, int line) {
        if (roles.containsKey(chunk)) {
            return roles.get(chunk);
        }
        if (noRole.contains(chunk)) {
            return null;
        }
        throw new SourceException(file, line, "unknown CAMEO role code '" + chunk + "' in [" + code
                + "] (map it in cameo-roles.tsv)");
    }

    /** Dyad's org code for an IGO code, by its longest listed prefix; null when Dyad has none. */
    String org(String code) {
        for (int end = code.length(); end >= 3; end--) {
            String org = orgs.get(code.substring(0, end));
            if (org != null) {
                return org.equals("-") ? null : org;
            }
        }
        return null;
    }
}
