package dyad.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * MinHash signatures of documents over word shingles, and their LSH bands: Lucene's
 * {@link MinHashFilter} (one permutation, one value per bucket, empty buckets filled by rotation)
 * over lower-cased words joined into shingles of {@link ClusterSettings#shingleWords()}. Two
 * signatures agree at a position with probability the Jaccard similarity of the shingle sets.
 */
public final class MinHash {

    private final ClusterSettings settings;
    private final Analyzer analyzer;

    public MinHash(ClusterSettings settings) {
        this.settings = settings;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(words);
                if (settings.shingleWords() > 1) {
                    ShingleFilter shingles = new ShingleFilter(s, settings.shingleWords(), settings.shingleWords());
                    shingles.setOutputUnigrams(false);
                    shingles.setOutputUnigramsIfNoShingles(true);
                    s = shingles;
                }
                return new TokenStreamComponents(words, new MinHashFilter(s, 1, settings.hashes(), 1, true));
            }
        };
    }

    /** The text's signature: {@code hashes} values; all zero for a text without words. */
    public long[] signature(String text) {
        long[] sig = new long[settings.hashes()];
        int i = 0;
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && i < sig.length) {
                sig[i++] = fold(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return sig;
    }

    /** The filter's value is 128 bits written as eight chars; the 64 that vary most are kept. */
    private static long fold(CharTermAttribute term) {
        long v = 0;
        for (int k = 0; k < term.length(); k++) {
            v = v * 0x100000001b3L ^ term.charAt(k);
        }
        return v;
    }

    /** The share of positions at which two signatures agree: an estimate of the Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 0 : (double) same / a.length;
    }

    /**
     * One hash per band of the signature: documents that share a band's hash are candidates, so
     * pairs with similarity s are found with probability 1 - (1 - s^r)^b.
     */
    public long[] bands(long[] signature) {
        int r = settings.rowsPerBand();
        long[] out = new long[settings.bands()];
        for (int b = 0; b < out.length; b++) {
            long h = b + 1;
            for (int k = b * r; k < b * r + r; k++) {
                h = (h ^ signature[k]) * 0x9E3779B97F4A7C15L;
            }
            out[b] = h ^ (h >>> 31);
        }
        return out;
    }

    /** A signature as text for the store: hexadecimal values joined by spaces. */
    public static String encode(long[] signature) {
        StringBuilder sb = new StringBuilder(signature.length * 17);
        for (long v : signature) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Long.toHexString(v));
        }
        return sb.toString();
    }

    /** Parses what {@link #encode} wrote, by hand: a store reads thousands of signatures per copy check. */
    public static long[] decode(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        long[] out = new long[16];
        int n = 0;
        long v = 0;
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? s.charAt(i) : ' ';
            if (ch == ' ') {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = v;
                v = 0;
            } else {
                v = v << 4 | Character.digit(ch, 16);
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
