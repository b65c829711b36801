package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the words that describe a person — a title before the name ("government spokesman
 * Colonel"), an apposition after or before it ("a spokeswoman for the Russian foreign
 * ministry", "China's ambassador in Canberra") — for the state, international body and role
 * they give. The actors stage has already resolved the states and bodies named in them; a
 * named body beats a title for the role ("army spokesman" is MIL), a residence beats other
 * places for the state ("a Chilean sociologist living in Norway" is NOR).
 */
final class Description {

    /** What a description says; any part may be missing. */
    record Reading(String country, String org, Role bodyRole, Role titleRole, Set<String> titles, char gender) {

        Role role() {
            return org != null ? Role.IGO : bodyRole != null ? bodyRole : titleRole;
        }
    }

    private static final Set<String> RESIDENCE = Set.of("living", "based", "lives", "resident", "residing");

    private final List<Mention> mentions;
    private final NameWords words;
    private final StateContext context;

    Description(List<Mention> mentions, NameWords words, StateContext context) {
        this.mentions = mentions.stream().filter(m -> m.actor() != null && m.actor().start() != null)
                .sorted(Comparator.comparingInt(m -> m.actor().start())).toList();
        this.words = words;
        this.context = context;
    }

    /**
     * Reads the words [first, last] of the window, for each range given, about the name that
     * ends at {@code nameEnd}; a state named in the name itself never places it.
     */
    Reading read(Window w, List<int[]> ranges, int nameEnd) {
        Set<String> titles = new LinkedHashSet<>();
        Role titleRole = null;
        char gender = '-';
        Role bodyRole = null;
        int bodyAt = Integer.MAX_VALUE;
        List<Mention> inside = new ArrayList<>();
        for (int[] r : ranges) {
            for (int i = r[0]; i <= r[1]; i++) {
                NameWords.Title t = insideName(w.word(i)) ? null : words.title(w.lower(i));
                if (t != null && t.person()) {
                    titles.add(w.lower(i).replace(".", ""));
                    titleRole = titleRole == null ? t.role().orElse(null) : titleRole;
                    gender = gender == '-' ? t.gender() : gender;
                }
                if (bodyRole == null && bodyHead(w, i, r[1])) {
                    bodyRole = words.bodyRole(w.lower(i)).orElse(null); // "government spokesman", "the Dakar Press Foundation"
                    bodyAt = bodyRole != null ? w.word(i).start() : bodyAt;
                }
            }
            inside.addAll(within(w.word(r[0]).start(), w.word(r[1]).end()));
        }
        String country = null;
        String bodyCountry = null;
        String org = null;
        Role mentionedBody = null;
        String residence = null;
        for (Mention m : inside) {
            Actor a = m.actor();
            if ("pronoun".equals(m.office()) || "first_person".equals(m.office()) || StateContext.bare(m)) {
                if (mentionedBody == null && isBody(m) && a.start() < bodyAt) {
                    mentionedBody = a.role(); // "government spokesman": GOV, whichever state
                }
                continue;
            }
            if (residence == null && a.country() != null && afterResidenceWord(w, a.start())) {
                residence = a.country();
            }
            country = country == null ? a.country() : country;
            org = org == null ? a.org() : org;
            if (isBody(m)) {
                bodyCountry = bodyCountry == null ? a.country() : bodyCountry;
                mentionedBody = mentionedBody == null && a.start() < bodyAt ? a.role() : mentionedBody;
            }
        }
        if (org != null && country == null) {
            return new Reading(null, org, Role.IGO, titleRole, titles, gender);
        }
        Role body = mentionedBody != null ? mentionedBody : bodyRole;
        String state = residence != null ? residence : bodyCountry != null ? bodyCountry : country;
        if (state == null && (!titles.isEmpty() || body != null) && !ranges.isEmpty()) {
            state = context.stateAt(w.word(ranges.get(0)[0]).start(), nameEnd).orElse(null);
        }
        return new Reading(state, null, body, titleRole, titles, gender);
    }

    /**
     * Whether word i heads a body's name: a body word, and in a capitalised name the last one
     * before "of" or "for" ("Press Foundation" is a foundation, "Ministry of Water" a ministry).
     */
    private boolean bodyHead(Window w, int i, int end) {
        if (!words.isBodyWord(w.lower(i))) {
            return false;
        }
        if (!w.word(i).capitalised()) {
            return true;
        }
        for (int k = i + 1; k <= end && w.gapBefore(k) == Window.Gap.PLAIN && w.word(k).capitalised(); k++) {
            if (words.isBodyWord(w.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** A named body or a cue for one ("the army", "the foreign ministry"), not a title ("the minister"). */
    private boolean isBody(Mention m) {
        if (m.kind() == EntryKind.ORGANIZATION) {
            return true;
        }
        if (m.kind() != EntryKind.ROLE_CUE) {
            return false;
        }
        String text = m.actor().text().toLowerCase(Locale.ROOT).strip();
        String head = text.substring(text.lastIndexOf(' ') + 1);
        return !words.isTitle(head) && !head.endsWith("’s") && !head.endsWith("'s");
    }

    /** "living in Oslo", "based in Nairobi": the word before the preposition says residence. */
    private static boolean afterResidenceWord(Window w, int offset) {
        int i = w.firstWordFrom(offset);
        return i >= 2 && i < w.size() && w.lower(i - 1).equals("in") && RESIDENCE.contains(w.lower(i - 2));
    }

    /** Mentions are short: one that overlaps an offset starts no further back than this. */
    private static final int LONGEST_MENTION = 300;

    /** Index of the first mention that may overlap offsets from {@code offset} on. */
    private int firstNear(int offset) {
        int lo = 0;
        int hi = mentions.size();
        int from = offset - LONGEST_MENTION;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).actor().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<Mention> within(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions.subList(firstNear(start), mentions.size())) {
            int s = m.actor().start();
            if (s >= end) {
                break;
            }
            if (s >= start && m.actor().end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** The resolved mention covering exactly or containing [start, end), if any, that names no person. */
    Optional<Mention> nonPersonAt(int start, int end) {
        for (Mention m : mentions.subList(firstNear(start), mentions.size())) {
            int s = m.actor().start();
            if (s >= end) {
                break;
            }
            if (m.actor().end() > start && m.kind() != EntryKind.PERSON && !"pronoun".equals(m.office())
                    && !"first_person".equals(m.office())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The state of the first placed, non-cue mention within [start, end) ("Morocco's" before a ministry). */
    Optional<String> stateWithin(int start, int end) {
        return within(start, end).stream().filter(m -> !StateContext.bare(m) && !"pronoun".equals(m.office())
                && m.actor().country() != null).map(m -> m.actor().country()).findFirst();
    }

    /** Whether the word is part of a state's, place's or body's name ("General" in "UN General Assembly"). */
    boolean insideName(Word word) {
        return nonPersonAt(word.start(), word.end()).filter(m -> m.kind() != EntryKind.ROLE_CUE).isPresent();
    }

    /** The gazetteer person mention overlapping [start, end), if any. */
    Optional<Mention> personAt(int start, int end) {
        for (Mention m : mentions.subList(firstNear(start), mentions.size())) {
            int s = m.actor().start();
            if (s >= end) {
                break;
            }
            if (m.actor().end() > start && m.kind() == EntryKind.PERSON) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
