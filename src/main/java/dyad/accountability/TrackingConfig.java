package dyad.accountability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Actor;
import dyad.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of letter tracking, from {@code dyad-letters.json}: the defaults on the class
 * path, overlaid by an optional user file. Every value is checked when loaded; a bad one fails
 * naming the file, the setting and the allowed range.
 *
 * @param replyWindowDays    days a recipient has to answer, by recipient kind: {@code default},
 *                           a role ({@code LEG}) or country/role ({@code CAN/LEG}); 1..3650
 * @param veryOverdueFactor  a letter is very overdue past this many reply windows; 2..20
 * @param evidenceWindowDays how long after a letter an event may count as meeting a demand; 1..7300
 * @param minLinkConfidence  automatic links below this confidence are shown as candidates and
 *                           change no state; 0..1
 */
public record TrackingConfig(Map<String, Integer> replyWindowDays, int veryOverdueFactor, int evidenceWindowDays,
                             double minLinkConfidence) {

    public static final String FILE_NAME = "dyad-letters.json";
    private static final String RESOURCE = "/dyad/accountability/" + FILE_NAME;
    private static final List<String> SETTINGS = List.of("replyWindowDays", "veryOverdueFactor", "evidenceWindowDays",
            "minLinkConfidence");

    public TrackingConfig {
        replyWindowDays = Map.copyOf(replyWindowDays);
        if (!replyWindowDays.containsKey("default")) {
            throw new IllegalArgumentException("replyWindowDays.default is required (1..3650 days)");
        }
        replyWindowDays.forEach((kind, days) -> {
            if (!kind.equals("default") && !kind.matches("([A-Z]{3}/)?[A-Z]{3}")) {
                throw new IllegalArgumentException("replyWindowDays: recipient kind '" + kind
                        + "' must be default, a role (LEG) or country/role (CAN/LEG)");
            }
            if (!kind.equals("default")) {
                Role.parse(kind.substring(kind.indexOf('/') + 1), "replyWindowDays." + kind);
            }
            range("replyWindowDays." + kind, days, 1, 3650);
        });
        range("veryOverdueFactor", veryOverdueFactor, 2, 20);
        range("evidenceWindowDays", evidenceWindowDays, 1, 7300);
        if (!(minLinkConfidence >= 0 && minLinkConfidence <= 1)) {
            throw new IllegalArgumentException("minLinkConfidence must be 0..1, got " + minLinkConfidence);
        }
    }

    private static void range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " must be " + min + ".." + max + ", got " + value);
        }
    }

    /** The defaults shipped with Dyad. */
    public static TrackingConfig defaults() {
        try (InputStream in = TrackingConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new LinkedHashMap<>(), new ObjectMapper().readTree(in), RESOURCE, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The defaults overlaid by {@code userFile}; windows are merged per recipient kind. */
    public static TrackingConfig load(Path userFile) {
        TrackingConfig base = defaults();
        if (userFile == null) {
            return base;
        }
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(Files.readString(userFile));
        } catch (IOException e) {
            throw new IllegalArgumentException(userFile + ": cannot read letter settings: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        return base.overlay(tree, userFile.toString());
    }

    /** These settings with those of {@code tree} on top; errors name {@code source}. */
    TrackingConfig overlay(JsonNode tree, String source) {
        return parse(new LinkedHashMap<>(replyWindowDays), tree, source, this);
    }

    /** Settings from {@code tree}; those it leaves out come from {@code base} (required when base is null). */
    private static TrackingConfig parse(Map<String, Integer> windows, JsonNode tree, String source, TrackingConfig base) {
        try {
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("must be a JSON object with settings " + SETTINGS);
            }
            for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!SETTINGS.contains(name)) {
                    throw new IllegalArgumentException("unknown setting '" + name + "'; known: " + SETTINGS);
                }
            }
            if (base == null) {
                for (String setting : SETTINGS) {
                    if (!tree.has(setting)) {
                        throw new IllegalArgumentException(setting + " is required");
                    }
                }
            }
            JsonNode w = tree.get("replyWindowDays");
            if (w != null) {
                if (!w.isObject()) {
                    throw new IllegalArgumentException("replyWindowDays must be an object of recipient kind to days");
                }
                w.fields().forEachRemaining(e -> windows.put(e.getKey(), integer("replyWindowDays." + e.getKey(), e.getValue())));
            }
            return new TrackingConfig(windows,
                    tree.has("veryOverdueFactor") ? integer("veryOverdueFactor", tree.get("veryOverdueFactor"))
                            : base.veryOverdueFactor,
                    tree.has("evidenceWindowDays") ? integer("evidenceWindowDays", tree.get("evidenceWindowDays"))
                            : base.evidenceWindowDays,
                    tree.has("minLinkConfidence") ? number("minLinkConfidence", tree.get("minLinkConfidence"))
                            : base.minLinkConfidence);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static int integer(String setting, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(setting + " must be a whole number, got " + v);
        }
        return v.intValue();
    }

    private static double number(String setting, JsonNode v) {
        if (!v.isNumber()) {
            throw new IllegalArgumentException(setting + " must be a number, got " + v);
        }
        return v.doubleValue();
    }

    /** The reply window for a letter to these recipients: the first recipient's most specific kind. */
    public int replyWindow(List<Actor> recipients) {
        if (!recipients.isEmpty()) {
            Actor first = recipients.get(0);
            String role = first.role().name();
            if (first.country() != null && replyWindowDays.containsKey(first.country() + "/" + role)) {
                return replyWindowDays.get(first.country() + "/" + role);
            }
            if (replyWindowDays.containsKey(role)) {
                return replyWindowDays.get(role);
            }
        }
        return replyWindowDays.get("default");
    }
}
