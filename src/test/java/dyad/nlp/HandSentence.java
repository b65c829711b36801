package dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Sentence} built by hand, without CoreNLP, for stages that only read words, offsets
 * and tags: tokens as the Penn tokenizer makes them for plain prose ("Canada" "'s", "U.S.",
 * punctuation apart; a hyphenated word kept whole), tagged NNP when capitalised, POS for a
 * possessive, IN for "of", NN otherwise, unless a tag is given with {@link #tag}. Lemmas are
 * the lower-cased words. No parse.
 */
public final class HandSentence {

    private static final Pattern TOKEN = Pattern.compile(
            "['’]s\\b"                                           // possessive
            + "|\\p{L}(?:\\.\\p{L})+\\."                         // U.S., U.N.
            + "|[\\p{L}\\p{N}]+(?:(?:-|['’](?!s\\b))[\\p{L}\\p{N}]+)*" // words, hyphenated words, O'Brien
            + "|\\S");                                          // punctuation

    private final String text;
    private final int offset;
    private final List<Token> tokens = new ArrayList<>();

    private HandSentence(String text, int offset) {
        this.text = text;
        this.offset = offset;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), guess(w), offset + m.start(), offset + m.end()));
        }
    }

    /** The sentence {@code text}, starting at offset 0 of its document. */
    public static HandSentence of(String text) {
        return new HandSentence(text, 0);
    }

    /** The sentence found at {@code start} of {@code document}, running to the end of its line. */
    public static HandSentence in(String document, int start) {
        int end = document.indexOf('\n', start);
        return new HandSentence(document.substring(start, end < 0 ? document.length() : end), start);
    }

    /** Gives the (first) token spelled {@code word} the Penn tag {@code pos}. */
    public HandSentence tag(String word, String pos) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word().equals(word)) {
                tokens.set(i, new Token(t.index(), t.word(), t.lemma(), pos, t.start(), t.end()));
                return this;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "' in: " + text);
    }

    public Sentence sentence() {
        int start = tokens.isEmpty() ? offset : tokens.get(0).start();
        int end = tokens.isEmpty() ? offset : tokens.get(tokens.size() - 1).end();
        return new Sentence(0, start, end, tokens, List.of(), List.of());
    }

    private static String guess(String w) {
        if (w.equals("'s") || w.equals("’s")) {
            return "POS";
        }
        if (w.equals("of")) {
            return "IN";
        }
        if (!Character.isLetterOrDigit(w.codePointAt(0))) {
            return ".";
        }
        return Character.isUpperCase(w.codePointAt(0)) ? "NNP" : "NN";
    }
}
