package dyad.lexicon;

import java.util.Locale;
import java.util.Set;

/** Checks on PETRARCH phrases shared by the actor converters. */
final class Phrases {

    /** Words that make a record a body (organisation, force, office) rather than a person. */
    private static final Set<String> BODY_WORDS = Set.of("ORGANIZATION", "ORGANISATION", "COMMUNITY", "UNION",
            "COUNCIL", "COMMISSION", "COMMITTEE", "AGENCY", "FUND", "BANK", "COURT", "TRIBUNAL", "PROGRAM",
            "PROGRAMME", "ASSEMBLY", "PARLIAMENT", "GROUP", "GROUPS", "FORCE", "FORCES", "MISSION", "OFFICE", "LEAGUE",
            "TREATY", "ALLIANCE", "ASSOCIATION", "CONFERENCE", "INSTITUTE", "SECRETARIAT", "NATIONS", "PANEL", "BOARD",
            "AUTHORITY", "CENTRE", "CENTER", "FEDERATION", "PARTNERSHIP", "INITIATIVE", "MOVEMENT", "FRONT", "ARMY",
            "BRIGADE", "BRIGADES", "PARTY", "COALITION", "MINISTRY", "MINISTER", "DEPARTMENT", "POLICE", "GOVERNMENT",
            "SERVICE", "SERVICES", "INTELLIGENCE", "GUARD", "GUARDS", "NAVY", "CABINET", "SECRETARY", "PRESIDENT",
            "PRESIDENCY", "CONGRESS", "SENATE", "REPRESENTATIVE", "BUREAU", "DIRECTOR", "ADMINISTRATION", "PEOPLE",
            "PALACE", "HOUSE", "RESERVE", "CORPS", "MILITIA", "MILITIAS", "REGIME", "COMMAND", "DIVISION", "BATTALION",
            "REGIMENT", "UNIT", "SOLDIERS", "TROOPS", "REBELS", "INSURGENTS", "NETWORK", "CHURCH", "UNIVERSITY",
            "COMPANY", "CORPORATION", "FOUNDATION", "SOCIETY", "ORGANIZATIONS", "STATES", "COOPERATION", "PACT",
            "CHAMBER", "EMBASSY", "MINISTERS", "LEGISLATURE", "JUNTA", "GENERAL", "CHIEF", "VICE", "SPOKESMAN",
            "AMBASSADOR", "OFFICIALS", "AUTHORITIES", "NATIONAL", "INTERNATIONAL", "ISLAMIC", "REVOLUTIONARY",
            "LIBERATION", "RESISTANCE", "JIHAD", "MUJAHIDEEN", "TALIBAN", "COMMANDOS", "SQUAD", "CELL", "CELLS");

    private Phrases() {
    }

    /** "KOFI_ANNAN_" → "KOFI ANNAN"; null when it is no phrase to match in text (parentheses, commas, '+'). */
    static String words(String phrase) {
        String p = phrase.replace('_', ' ').trim().replaceAll("\\s+", " ");
        return p.length() >= 2 && p.matches("[\\p{L}\\d][\\p{L}\\p{N} .'’&-]*[\\p{L}\\p{N}.]") ? p : null;
    }

    /** Whether a record's primary phrase names a body (a keyword, or a lone acronym such as "IMF_") not a person. */
    static boolean body(String words) {
        String[] ws = words.toUpperCase(Locale.ROOT).split(" ");
        for (String w : ws) {
            for (String part : w.split("-")) {
                if (BODY_WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return ws.length == 1 && ws[0].length() <= 6;
    }
}
