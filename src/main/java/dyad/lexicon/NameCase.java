package dyad.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PETRARCH's upper-case phrases ("BAN_KI-MOON_", "COTE_D'IVOIRE") as English writes them ("Ban
 * Ki-moon", "Cote d'Ivoire"): each word capitalised; particles (of, the, de, al, bin, …) lower
 * case inside a name; after "O'" or "D'" a capital, after a longer stem lower case ("Shi'ite");
 * hyphenated parts capitalised ("Mazar-i-Sharif", "Guinea-Bissau") except particles and, in
 * Korean and Taiwanese given names (the last word), the second syllable ("Ki-moon"); "Mc" names ("McCain");
 * Roman numerals and initials ("U.N.") upper case; in organisation names acronyms too (a word with no vowel,
 * a lone word of up to four letters, a word of up to three letters that is no particle or common word:
 * "UN", "PKK", "FARC"); a word the source already wrote in mixed case is kept.
 */
final class NameCase {

    enum Style { PLACE, PERSON, KOREAN_PERSON, ORGANIZATION }

    private static final Set<String> PARTICLES = Set.of("of", "the", "and", "de", "del", "della", "der", "den", "di",
            "da", "do", "dos", "das", "du", "la", "le", "les", "van", "von", "y", "e", "i", "bin", "bint", "ibn", "al",
            "el", "ul", "ud", "ur", "as", "ash", "at", "ad", "ar", "an", "fi", "wa", "for", "on", "in", "to", "und",
            "et", "zu", "ter", "ten", "a", "en", "sur", "sous", "aux", "des");
    private static final Set<String> SHORT_WORDS = Set.of("NEW", "WAR", "OLD", "RED", "ONE", "TWO", "BIG", "MEN", "GUN",
            "SUN", "SEA", "AIR", "ARM", "LAW", "TAX", "OIL", "ALL", "OUR", "WAY", "DAY", "GOD", "BAY", "CUP", "ABU",
            "BNI", "BENI", "JAM", "DAR", "DIN", "HIZ", "ANTI");
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII");

    private NameCase() {
    }

    /** The phrase with '_' between words, trailing '_' dropped, title-cased in the given style. */
    static String title(String phrase, Style style) {
        String[] words = phrase.replace('_', ' ').trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            NameCase.Style s = style == Style.KOREAN_PERSON && i < words.length - 1 ? Style.PERSON : style;
            out.add(word(words[i], i == 0, words.length == 1, s));
        }
        return String.join(" ", out);
    }

    private static String word(String w, boolean first, boolean alone, Style style) {
        if (w.isEmpty() || !w.equals(w.toUpperCase(Locale.ROOT))) {
            return w; // already mixed case in the source
        }
        if (ROMAN.contains(w) && !first || style == Style.ORGANIZATION && acronym(w, alone) || w.matches("(\\p{Lu}\\.)+")) {
            return w;
        }
        String[] parts = w.split("-", -1);
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                sb.append('-');
            }
            String part = parts[p];
            String lower = part.toLowerCase(Locale.ROOT);
            boolean particle = PARTICLES.contains(lower) && !(first && p == 0) && (lower.length() > 1 || p > 0
                    || lower.equals("y"));
            if (particle || p > 0 && style == Style.KOREAN_PERSON) {
                sb.append(lower);
            } else {
                sb.append(apostrophes(lower, first && p == 0));
            }
        }
        return sb.toString();
    }

    /** "o'brien" → "O'Brien", "d'ivoire" → "d'Ivoire" inside a name, "shi'ite" → "Shi'ite". */
    private static String apostrophes(String lower, boolean first) {
        int a = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (a == 1 && lower.length() > 2) {
            String head = lower.charAt(0) == 'd' && !first ? "d" : capital(lower.substring(0, 1));
            return head + lower.charAt(1) + capital(lower.substring(2));
        }
        if (lower.startsWith("mc") && lower.length() > 3) {
            return "Mc" + capital(lower.substring(2));
        }
        return capital(lower);
    }

    private static String capital(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(cp))) + s.substring(Character.charCount(cp));
    }

    /** An organisation's acronym: a word with no vowel ("PKK"), or a lone word of at most four letters ("FARC"). */
    private static boolean acronym(String w, boolean alone) {
        String letters = w.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && (!letters.matches(".*[AEIOUY].*") || alone && letters.length() <= 4
                || letters.length() <= 3 && letters.equals(w) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                && !SHORT_WORDS.contains(w));
    }
}
