package dyad.cluster;

/**
 * How copies and event clusters are decided; {@link #DEFAULTS} are documented in
 * docs/clusters.md. An out-of-range value fails at once, naming the setting and its range.
 *
 * @param shingleWords         words per shingle when comparing whole documents
 * @param hashes               MinHash values per document (the signature)
 * @param bands                LSH bands the signature is cut into ({@code hashes} must divide by it)
 * @param copySimilarity       estimated Jaccard similarity of shingles from which a document is a copy of an earlier one
 * @param commonBand           a band shared by more earlier documents than this is boilerplate (a dateline, a template,
 *                             a short text's few shingles) and proposes no candidates: copies share many bands, and
 *                             without the cap every document would be compared with thousands
 * @param dayTolerance         days two day-dated tellings of one act may differ by (reports date an act differently)
 * @param wordSimilarity       evidence-word Jaccard two tellings need when both are dated to the day or month; low,
 *                             because outlets word one act very differently and the dates, not the words, tell
 *                             occasions apart (on the clustering test set same-act and other-act pairs that pass
 *                             the date test have alike word overlaps); it keeps out tellings with nothing in common
 * @param vagueWordSimilarity  evidence-word Jaccard needed when either telling is dated only to the year or not at all
 * @param undatedWindowDays    an undated telling is taken to tell an act of this many days before its report's date
 *                             (analyses recall acts months later without a date)
 */
public record ClusterSettings(int shingleWords, int hashes, int bands, double copySimilarity, int commonBand, int dayTolerance,
                              double wordSimilarity, double vagueWordSimilarity, int undatedWindowDays) {

    public static final ClusterSettings DEFAULTS = new ClusterSettings(4, 128, 32, 0.5, 100, 3, 0.05, 0.10, 183);

    public ClusterSettings {
        range("shingleWords", shingleWords, 1, 10);
        range("hashes", hashes, 8, 1024);
        range("bands", bands, 1, hashes);
        if (hashes % bands != 0) {
            throw new IllegalArgumentException("cluster setting bands must divide hashes (" + hashes + "): " + bands);
        }
        range("copySimilarity", copySimilarity, 0.05, 1);
        range("commonBand", commonBand, 1, 1_000_000);
        range("dayTolerance", dayTolerance, 0, 31);
        range("wordSimilarity", wordSimilarity, 0, 1);
        range("vagueWordSimilarity", vagueWordSimilarity, 0, 1);
        range("undatedWindowDays", undatedWindowDays, 0, 366);
    }

    /** MinHash values per band. */
    public int rowsPerBand() {
        return hashes / bands;
    }

    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("cluster setting " + name + " must be " + fmt(min) + ".." + fmt(max)
                    + ": " + fmt(value));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
