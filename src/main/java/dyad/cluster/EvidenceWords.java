package dyad.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of an evidence sentence, as hashes: Lucene's English analyser (lower case,
 * stop words out, Porter stems), so "recalled its ambassador" and "the recall of the ambassador"
 * share "recal" and "ambassador". Different outlets word one act differently; these sets are
 * compared by Jaccard similarity.
 */
public final class EvidenceWords {

    private static final Analyzer ENGLISH = new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    private EvidenceWords() {
    }

    /** Sorted distinct hashes of the sentence's content words. */
    public static int[] of(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return new int[0];
        }
        int[] out = new int[16];
        int n = 0;
        try (TokenStream ts = ENGLISH.tokenStream("e", new StringReader(sentence))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2) {
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = term.toString().hashCode();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }

    /** Jaccard similarity of two sorted distinct sets; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** As text for the store: the hashes in base 36, space separated. */
    public static String encode(int[] words) {
        StringBuilder sb = new StringBuilder();
        for (int w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Integer.toString(w, 36));
        }
        return sb.toString();
    }

    public static int[] decode(String s) {
        return s == null || s.isEmpty() ? new int[0] : Arrays.stream(s.split(" ")).mapToInt(w -> Integer.parseInt(w, 36)).toArray();
    }
}
