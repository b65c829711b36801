package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.GazetteerEntry;
import dyad.extract.actors.Mention;
import dyad.extract.letters.Lines.Line;
import dyad.extract.letters.RecipientReader.Recipient;
import dyad.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recipients a letter names only in its title ("Open letter to Prime Minister Mark Carney") or its
 * greeting ("Dear Minister Wong," → the minister of that name in office; "Dear Prime Minister," →
 * the holder of that office in the letter's state), for letters without an address block.
 */
final class GreetingReader {

    private final LetterLayout layout;
    private final LetterCues cues;
    private final Parties parties;
    private final List<Mention> mentions;
    private final String text;

    GreetingReader(LetterLayout layout, LetterCues cues, Parties parties, List<Mention> mentions) {
        this.layout = layout;
        this.cues = cues;
        this.parties = parties;
        this.mentions = mentions;
        this.text = layout.lines.text();
    }

    private static final Pattern TITLE_TO = Pattern.compile("(?i)\\bto\\s+");

    /**
     * The people and bodies the gazetteer finds after "to" in the title, up to its colon or the word that says
     * what the letter is about ("to President Lula on Venezuela's elections": not Venezuela).
     */
    List<Recipient> title() {
        if (layout.title < 0) {
            return List.of();
        }
        Line first = layout.lines.get(layout.title);
        Matcher to = TITLE_TO.matcher(text).region(first.from(), first.to());
        if (!to.find()) {
            return List.of();
        }
        int colon = text.indexOf(':', to.end());
        int end = colon >= 0 && colon < first.to() ? colon : first.to();
        Matcher topic = cues.topic.matcher(text).region(to.end(), end);
        if (topic.find()) {
            end = topic.start();
        }
        List<Recipient> out = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() >= to.end() && a.end() <= end && m.kind() != EntryKind.ADJECTIVE
                    && Names.addressable(a.role())) {
                out.add(new Recipient(a, ""));
            }
        }
        return out;
    }

    private static final Pattern SALUTATION_PARTS = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");

    /** "Dear Minister Wong," → the minister named Wong in office; "Dear Prime Minister," → the office's holder. */
    List<Recipient> salutation(List<Recipient> none) {
        if (layout.salutation < 0) {
            return none;
        }
        List<Recipient> out = new ArrayList<>();
        String country = dominantCountry();
        for (Part p : salutationParts()) {
            salutee(p.text().trim(), p.start(), country).ifPresent(a -> out.add(new Recipient(a, p.text().toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    private Optional<Actor> salutee(String part, int start, String country) {
        int end = start + part.length();
        List<Names.Hit> hits = parties.names().scan(text, start, end);
        Optional<Names.Hit> cue = hits.stream().filter(h -> h.kind() == EntryKind.ROLE_CUE).findFirst();
        String surname = cue.map(h -> text.substring(h.end(), end).trim()).orElse("");
        if (isSurname(surname)) {
            Optional<GazetteerEntry> p = parties.names().bySurname(surname, null);
            if (p.isPresent()) {
                GazetteerEntry e = p.get();
                return Optional.of(new Actor(part, start, end, e.name(), e.country(), e.org(), e.role()));
            }
        }
        // "Dear Members of the Security Council", "Dear Prime Minister of Japan": a body, an office's holder.
        Optional<Actor> body = parties.body(new Written(start, end, false), start, end, country);
        if (body.isPresent()) {
            return body;
        }
        if (cue.isPresent()) {
            Names.Hit h = cue.get();
            return parties.cueBody(h, text.substring(h.start(), h.end()), part, start, end, country);
        }
        return Optional.empty();
    }

    /** "Hayashi", "von der Leyen": a capitalised word, perhaps after the particles of a name. */
    private boolean isSurname(String s) {
        String[] words = s.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!cues.nameParticles.contains(words[i])) {
                return false;
            }
        }
        return words[words.length - 1].matches("\\p{Lu}[\\p{L}'’-]+");
    }

    /**
     * "Open letter to the Minister of Foreign Affairs of Japan" then "Dear Minister Hayashi,": the greeting names
     * the person meant, one for each recipient of the title — the gazetteer's person of that surname, else the
     * surname as written in the title recipient's place. The title's recipients when the greeting names no one.
     */
    List<Recipient> namedInGreeting(List<Recipient> title) {
        if (layout.salutation < 0 || title.isEmpty()) {
            return title;
        }
        List<Recipient> out = new ArrayList<>();
        for (Part p : salutationParts()) {
            String part = p.text();
            int start = p.start();
            int from = start + part.length() - part.stripLeading().length();
            int end = start + part.stripTrailing().length();
            Optional<Names.Hit> cue = parties.names().scan(text, from, end).stream()
                    .filter(h -> h.kind() == EntryKind.ROLE_CUE).findFirst();
            String surname = cue.map(h -> text.substring(h.end(), end).trim()).orElse("");
            if (cue.isEmpty() || !isSurname(surname) || out.size() >= title.size()) {
                return title;
            }
            Actor in = title.get(out.size()).actor();
            if (Names.words(in.name()).contains(Names.words(surname).get(Names.words(surname).size() - 1))) {
                out.add(title.get(out.size()));
                continue;
            }
            String shown = text.substring(from, end);
            Actor a = parties.names().bySurname(surname, null)
                    .map(e -> new Actor(shown, from, end, e.name(), e.country(), e.org(), e.role()))
                    .orElse(new Actor(shown, from, end, surname, in.country(), in.org(), in.role()));
            out.add(new Recipient(a, part.toLowerCase(Locale.ROOT)));
        }
        return out.size() == title.size() ? out : title;
    }

    private record Part(String text, int start) {
    }

    /** The greeting's parts after "Dear", between commas and "and", each with where it starts in the text. */
    private List<Part> salutationParts() {
        Line l = layout.lines.get(layout.salutation);
        String content = layout.lines.content(l).replaceFirst("(?i)^dear\\s+", "").replaceFirst("[,:]\\s*$", "");
        int base = text.indexOf(content, l.from());
        List<Part> out = new ArrayList<>();
        int at = 0;
        for (String part : SALUTATION_PARTS.split(content)) {
            int start = base + content.indexOf(part, at);
            at = start - base + part.length();
            if (!part.isBlank()) {
                out.add(new Part(part, start));
            }
        }
        return out;
    }

    /** The state the letter's text names most: whose "Prime Minister" a bare salutation greets. */
    private String dominantCountry() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.actor().country() != null) {
                counts.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }
}
