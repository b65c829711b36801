package dyad.lexicon;

import dyad.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies → organizations.tsv rows (name, aliases, iso3, org, role): international organisations
 * coded IGO… for which Dyad has an org code (role IGO, no state), and armed non-state groups — every
 * record of the non-state dictionary, and the country dictionary's bodies coded as rebels,
 * insurgents or separatists — with their state when their code names one Dyad knows. A name or
 * alias already taken by an earlier row is left out of the later one.
 */
final class OrganizationConverter {

    record Organization(String name, List<String> aliases, String iso3, String org, Role role) {
        List<String> cells() {
            return List.of(name, aliases.isEmpty() ? "-" : String.join("|", aliases), iso3 == null ? "-" : iso3,
                    org == null ? "-" : org, role.name());
        }
    }

    private static final Set<String> ARMED = Set.of("REB", "INS", "SEP");

    final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final CameoCodes codes;
    private final Set<String> states;
    private final List<Organization> out = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    OrganizationConverter(CameoCodes codes, Set<String> states) {
        this.codes = codes;
        this.states = states;
    }

    /** The IGOs of the international dictionary (its companies and NGOs are not converted). */
    void international(String file, List<ActorRecord> records) {
        for (ActorRecord record : records) {
            if (record.codes().isEmpty() || PeopleConverter.person(record)) {
                continue;
            }
            ActorRecord.Code code = record.codes().get(0);
            if (!code.code().startsWith("IGO")) {
                count("company, NGO or other non-state body of the international dictionary");
                continue;
            }
            String org = codes.org(code.code());
            if (org == null) {
                count("IGO Dyad has no org code for");
                continue;
            }
            add(record, null, org, Role.IGO);
        }
    }

    /** Every group of the non-state dictionary; of the country dictionary only armed groups. */
    void armed(String file, List<ActorRecord> records, boolean all) {
        for (ActorRecord record : records) {
            if (record.codes().isEmpty() || !all && (record.inline() || PeopleConverter.person(record))) {
                continue;
            }
            ActorRecord.Code code = record.codes().get(0);
            CameoCodes.Reading r = codes.read(code.code(), file, code.line());
            String rest = code.code().substring(r.statePrefix() ? 3 : 0);
            if (!all && !(rest.length() >= 3 && ARMED.contains(rest.substring(0, 3)))) {
                continue;
            }
            if (r.role() == null || r.role() == Role.IGO) {
                count("group with no Dyad role");
                continue;
            }
            add(record, r.iso3() != null && states.contains(r.iso3()) ? r.iso3() : null, null, r.role());
        }
    }

    List<Organization> organizations() {
        return List.copyOf(out);
    }

    private void add(ActorRecord record, String iso3, String org, Role role) {
        List<String> names = new ArrayList<>();
        for (String raw : record.phrases()) {
            String words = Phrases.words(raw);
            if (words == null) {
                continue;
            }
            String name = NameCase.title(words, NameCase.Style.ORGANIZATION);
            if (taken.add(name)) {
                names.add(name);
            } else if (!names.contains(name)) {
                count("name or alias of an earlier organisation");
            }
        }
        if (names.isEmpty()) {
            count("organisation with no name left");
            return;
        }
        out.add(new Organization(names.get(0), names.subList(1, names.size()), iso3, org, role));
    }

    private void count(String why) {
        dropped.merge(why, 1, Integer::sum);
    }
}
