package dyad.extract.actors;

import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds gazetteer names in a sentence, longest match first, never overlapping. A name must
 * end at a token end (or before a hyphen or possessive inside a token: "US-led").
 */
final class BaseMatcher {

    record Match(int first, int last, int start, int end, GazetteerEntry entry) {
    }

    private final Gazetteer gazetteer;

    BaseMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Match> find(String text, Sentence s, LocalDate day) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Match m = longestAt(text, tokens, i, day);
            if (m != null && !insideLongerProperName(tokens, m)) {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    private Match longestAt(String text, List<Token> tokens, int i, LocalDate day) {
        Token t = tokens.get(i);
        Match best = null;
        for (GazetteerEntry e : gazetteer.startingWith(t.word())) {
            int end = t.start() + e.alias().length();
            if (best != null && end < best.end()) {
                break; // entries are sorted longest first
            }
            if (end > text.length() || !text.regionMatches(e.caseInsensitive(), t.start(), e.alias(), 0, e.alias().length())) {
                continue;
            }
            int last = lastTokenEndingAt(tokens, i, end, text, e.kind() != EntryKind.PERSON);
            if (last < 0) {
                continue;
            }
            if (best == null || e.beats(best.entry(), day)) {
                best = new Match(i, last, t.start(), end, e);
            }
        }
        return best;
    }

    /** @param inWord whether the name may end inside a token, before a hyphen or apostrophe ("US-led"; not "Jean" of "Jean-Pierre") */
    private static int lastTokenEndingAt(List<Token> tokens, int from, int end, String text, boolean inWord) {
        for (int j = from; j < tokens.size() && tokens.get(j).start() < end; j++) {
            Token t = tokens.get(j);
            if (t.end() == end) {
                return j;
            }
            if (t.end() > end) {
                char next = text.charAt(end);
                return inWord && (next == '-' || next == '\'' || next == '’') ? j : -1;
            }
        }
        return -1;
    }

    /**
     * "Latin America", "South American", "Mexico City Hall": a capitalised word glued before
     * a country name makes another proper name, unless it starts the sentence or is a title.
     */
    private static boolean insideLongerProperName(List<Token> tokens, Match m) {
        EntryKind k = m.entry().kind();
        if ((k != EntryKind.COUNTRY && k != EntryKind.ADJECTIVE) || m.first() == 0) {
            return false;
        }
        Token before = tokens.get(m.first() - 1);
        return before.isCapitalized() && before.pos().equals("NNP") && DIRECTIONS.contains(before.word());
    }

    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of(
            "Latin", "South", "North", "Central", "East", "West", "Southeast", "Northeast", "Northern", "Southern",
            "Eastern", "Western", "Anglo", "Pan", "Ibero", "Meso");
}
