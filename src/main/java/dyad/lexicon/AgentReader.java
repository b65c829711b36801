package dyad.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agents dictionary: {@code PHRASE {plural} [~CODE]} lines and substitution
 * macros {@code !PERSON! = MAN, MEN, …}. Each agent comes out with every phrase it stands for: the
 * phrase, its plural ({@code {}} none; {@code {X}} X; else a regular one: -s, -ies after a consonant
 * and y, -es after ss), and for a phrase with a macro every member put in its place (no plurals then).
 */
final class AgentReader {

    /** An agent line: its phrases (lower case, words separated by spaces) and its code. */
    record Agent(List<String> phrases, String code, int line) {
    }

    private static final Pattern MACRO = Pattern.compile("(![A-Z]+!)\\s*=\\s*(.+)");
    private static final Pattern AGENT = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]}]*)[\\]}]\\s*");

    /** The agents, and a warning for each line skipped (a phrase with no code). */
    record Result(List<Agent> agents, List<String> warnings) {
    }

    private AgentReader() {
    }

    static Result read(Path file) {
        return read(file.getFileName().toString(), SourceLines.read(file));
    }

    static Result read(String file, List<String> lines) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> macros = new LinkedHashMap<>();
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String text = SourceLines.uncommented(lines.get(i)).strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher macro = MACRO.matcher(text);
            if (macro.matches()) {
                macros.put(macro.group(1), Arrays.stream(macro.group(2).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                continue;
            }
            if (!text.contains("[")) {
                warnings.add(file + " line " + n + ": skipped '" + text + "': no code");
                continue;
            }
            Matcher m = AGENT.matcher(text);
            if (!m.matches() || !m.group(3).strip().matches("~?[A-Z]+~?") || !m.group(3).contains("~")) {
                throw new SourceException(file, n, "an agent line is 'PHRASE {PLURAL} [~CODE]': " + text);
            }
            String phrase = m.group(1).strip();
            List<String> phrases = new ArrayList<>();
            Matcher marker = Pattern.compile("![A-Z]+!").matcher(phrase);
            if (marker.find()) {
                List<String> members = macros.get(marker.group());
                if (members == null) {
                    throw new SourceException(file, n, "macro " + marker.group() + " is not defined above");
                }
                for (String member : members) {
                    phrases.add(words(phrase.replace(marker.group(), member)));
                }
            } else {
                phrases.add(words(phrase));
                if (m.group(2) == null) {
                    phrases.add(plural(words(phrase)));
                } else if (!m.group(2).isBlank()) {
                    phrases.add(words(m.group(2)));
                }
            }
            agents.add(new Agent(phrases, m.group(3).strip(), n));
        }
        return new Result(agents, warnings);
    }

    private static String words(String phrase) {
        return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** PETRARCH's regular plural: -ies after a consonant and y, -es after ss, else -s. */
    static String plural(String phrase) {
        if (phrase.matches(".*[^aeiou]y")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase.endsWith("ss") ? phrase + "es" : phrase + "s";
    }
}
