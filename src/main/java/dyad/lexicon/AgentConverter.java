package dyad.lexicon;

import dyad.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agents → agents.tsv rows (phrase, role, kind {@code body}), the role read from the agent code
 * through cameo-roles.tsv; agents whose code maps to no role ('-': criminals, unidentified armed
 * forces …) are left out, and a phrase already given by an earlier agent keeps its first role.
 */
final class AgentConverter {

    record AgentRow(String phrase, Role role) {
        List<String> cells() {
            return List.of(phrase, role.name(), "body");
        }
    }

    final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final CameoCodes codes;

    AgentConverter(CameoCodes codes) {
        this.codes = codes;
    }

    List<AgentRow> convert(String file, List<AgentReader.Agent> agents) {
        List<AgentRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AgentReader.Agent agent : agents) {
            Role role = codes.agentRole(agent.code(), file, agent.line());
            if (role == null) {
                count("agent with no political role");
                continue;
            }
            for (String phrase : agent.phrases()) {
                if (!phrase.matches("[\\p{Ll}\\d][\\p{Ll}\\p{N} .'&-]*")) {
                    count("phrase with other characters");
                } else if (!seen.add(phrase)) {
                    count("phrase of an earlier agent");
                } else {
                    out.add(new AgentRow(phrase, role));
                }
            }
        }
        return out;
    }

    private void count(String why) {
        dropped.merge(why, 1, Integer::sum);
    }
}
