package dyad.bench;

import dyad.extract.DocumentExtractor;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Extraction;
import java.util.function.Function;

/**
 * The cost of one very long sentence (a clause repeated with no sentence end), measured in one
 * run against two baselines: the same sentence a quarter as long (linear cost: a ratio near 4),
 * and the same words in sentences of ten clauses (the cost of ordinary text of that length).
 */
public final class LongSentenceBench {

    /** The clause the sentence repeats: an act between two states, joined to the next by "and". */
    public static final String CLAUSE = "Canada condemned Venezuela and ";
    private static final int CLAUSES_PER_SENTENCE = 10;

    /**
     * @param chars           length of the shorter long sentence
     * @param seconds         its extraction time
     * @param longSeconds     extraction time of the sentence four times as long
     * @param ordinarySeconds extraction time of the same words as the longer one, in sentences of ten clauses
     * @param longRecords     records extracted from the longer sentence
     * @param longNotes       notes on the longer sentence (it was cut into parts)
     */
    public record Result(int chars, double seconds, double longSeconds, double ordinarySeconds, int longRecords,
                         int longNotes) {
        /** Time of the longer sentence over the shorter: 4 when the cost is linear, 16 when quadratic. */
        public double ratio() {
            return longSeconds / seconds;
        }

        /** Time of the longer sentence over ordinary sentences of the same words. */
        public double overOrdinary() {
            return longSeconds / ordinarySeconds;
        }
    }

    /** A text of exactly {@code chars} characters: {@link #CLAUSE} repeated, with no sentence end. */
    public static String sentence(int chars) {
        return CLAUSE.repeat(chars / CLAUSE.length() + 1).substring(0, chars);
    }

    /** The same words as {@link #sentence}, a full stop ending every tenth clause. */
    static String ordinary(int chars) {
        String ten = CLAUSE.repeat(CLAUSES_PER_SENTENCE);
        String period = ten.substring(0, ten.length() - " and ".length()) + ". ";
        return period.repeat(chars / period.length() + 1).substring(0, chars);
    }

    public Result run(DocumentExtractor extractor, int chars) {
        return run(extractor::extractWithNotes, chars);
    }

    /** Warms up on the shorter sentence, then times it, the one four times as long, and the ordinary text. */
    public Result run(Function<Document, Extraction> extract, int chars) {
        if (chars < CLAUSE.length() * CLAUSES_PER_SENTENCE) {
            throw new IllegalArgumentException("the long sentence bench needs at least "
                    + CLAUSE.length() * CLAUSES_PER_SENTENCE + " characters");
        }
        Document shorter = new Document("long-sentence.txt", sentence(chars), EventDate.UNKNOWN);
        extract.apply(shorter);
        long t0 = System.nanoTime();
        extract.apply(shorter);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Extraction longer = extract.apply(new Document("long-sentence-4x.txt", sentence(chars * 4), EventDate.UNKNOWN));
        double longSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        extract.apply(new Document("ordinary-4x.txt", ordinary(chars * 4), EventDate.UNKNOWN));
        double ordinarySeconds = (System.nanoTime() - t2) / 1e9;
        return new Result(chars, seconds, longSeconds, ordinarySeconds, longer.records().size(), longer.notes().size());
    }
}
