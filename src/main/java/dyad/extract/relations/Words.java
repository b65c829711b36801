package dyad.extract.relations;

import dyad.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an evidence sentence, folded for cue matching (lower case, accents and curly
 * apostrophes removed, so "Chargé d’affaires" matches "charge d'affaires"), each with its
 * document offsets and whether a clause break (; : — –) comes right before it.
 */
record Words(List<Word> list) {

    record Word(String folded, int start, int end, boolean breakBefore) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]");

    Words {
        list = List.copyOf(list);
    }

    static Words of(Span evidence) {
        String text = evidence.text();
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean broken = CLAUSE_BREAK.matcher(text.substring(previousEnd, m.start())).find();
            out.add(new Word(fold(m.group()), evidence.start() + m.start(), evidence.start() + m.end(), broken));
            previousEnd = m.end();
        }
        return new Words(out);
    }

    static String fold(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return list.get(i);
    }

    /** The index of the first word starting at or after document offset {@code offset}. */
    int indexAt(int offset) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).start() >= offset) {
                return i;
            }
        }
        return list.size();
    }
}
