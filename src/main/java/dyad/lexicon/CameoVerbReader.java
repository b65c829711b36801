package dyad.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt): synonym sets ({@code &NAME} then {@code +member}
 * lines), verb blocks ({@code --- NAME [code] ---}), verb lines ({@code VERB {irregular forms} [code]},
 * phrasal verbs {@code +ASK_FOR {...}}) and patterns ({@code - … * … [code] # VERB}). Transformation
 * rules ({@code ~ …}) are counted and skipped. A line that fits none of these is an error naming the
 * file and line.
 */
final class CameoVerbReader {

    private static final Pattern HEADER = Pattern.compile("---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
    private static final Pattern PATTERN = Pattern.compile("-\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*(?:#\\s*([^\\s<,]*).*)?");
    private static final Pattern VERB = Pattern.compile(
            "(\\+?[A-Z][A-Z0-9_'.\\-]*)\\s*(?:\\{([^}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?");
    private static final Pattern CODE = Pattern.compile("---|:?\\d{2,4}!?(?::\\d{2,4})?|\\d{2,4}:");

    private CameoVerbReader() {
    }

    static VerbDictionary read(Path file) {
        return read(file.toString(), SourceLines.read(file));
    }

    static VerbDictionary read(String file, List<String> lines) {
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        List<VerbDictionary.Block> blocks = new ArrayList<>();
        List<String> synset = null;
        String blockName = null;
        String blockCode = null;
        int blockLine = 0;
        List<VerbDictionary.Verb> verbs = null;
        List<VerbDictionary.Pattern> patterns = null;
        int transformations = 0;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("~")) {
                transformations++;
                continue;
            }
            if (raw.startsWith("&")) {
                String name = SourceLines.uncommented(raw).strip();
                synset = new ArrayList<>();
                if (synsets.put(setName(name), synset) != null) {
                    throw new SourceException(file, n, "synonym set " + name + " defined twice");
                }
                continue;
            }
            if (raw.startsWith("---")) {
                Matcher m = HEADER.matcher(raw);
                if (!m.matches()) {
                    throw new SourceException(file, n, "a verb block header is '--- NAME [code] ---': " + raw);
                }
                if (verbs != null) {
                    blocks.add(new VerbDictionary.Block(blockName, blockCode, blockLine, verbs, patterns));
                }
                blockName = m.group(1);
                blockCode = code(file, n, m.group(2));
                blockLine = n;
                verbs = new ArrayList<>();
                patterns = new ArrayList<>();
                synset = null;
                continue;
            }
            if (raw.startsWith("-")) {
                if (patterns == null) {
                    throw new SourceException(file, n, "a pattern outside a verb block");
                }
                Matcher m = PATTERN.matcher(raw);
                if (!m.matches() || !m.group(1).contains("*")) {
                    throw new SourceException(file, n, "a pattern is '- … * … [code] # VERB': " + raw);
                }
                String verb = m.group(3) == null || m.group(3).isEmpty() ? null : m.group(3);
                patterns.add(new VerbDictionary.Pattern(m.group(1), code(file, n, m.group(2)), verb, n));
                continue;
            }
            String text = SourceLines.uncommented(raw).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (synset != null && text.startsWith("+")) {
                synset.add(words(text.substring(1)));
                continue;
            }
            if (verbs == null) {
                throw new SourceException(file, n, "expected a synonym set or a verb block, found: " + raw);
            }
            Matcher m = VERB.matcher(text);
            if (!m.matches()) {
                throw new SourceException(file, n, "a verb line is 'VERB {FORMS} [code]': " + raw);
            }
            synset = null;
            List<List<String>> forms = new ArrayList<>();
            if (m.group(2) != null) {
                for (String form : m.group(2).trim().split("\\s+")) {
                    if (!form.isEmpty()) {
                        forms.add(split(form.replaceFirst("^\\+", "")));
                    }
                }
            }
            String code = m.group(3) == null ? null : code(file, n, m.group(3));
            verbs.add(new VerbDictionary.Verb(split(m.group(1).replaceFirst("^\\+", "")), forms, code, n));
        }
        if (verbs != null) {
            blocks.add(new VerbDictionary.Block(blockName, blockCode, blockLine, verbs, patterns));
        }
        return new VerbDictionary(file, synsets, blocks, transformations);
    }

    /** "&CURRENCY", "&AUXVERB1_" → "CURRENCY", "AUXVERB1". */
    static String setName(String token) {
        return token.replaceFirst("^&", "").replaceFirst("_+$", "").toUpperCase(Locale.ROOT);
    }

    private static String code(String file, int line, String code) {
        String c = code.trim();
        if (!CODE.matcher(c).matches()) {
            throw new SourceException(file, line, "not a CAMEO event code: [" + code + "]");
        }
        return c;
    }

    /** "CASH_" → "cash", "IS_TO" → "is to": a synonym-set phrase as lower-case words. */
    private static String words(String phrase) {
        return String.join(" ", split(phrase)).toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String phrase) {
        return Arrays.stream(phrase.split("[_\\s]+")).filter(w -> !w.isEmpty()).toList();
    }
}
