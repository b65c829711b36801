package dyad.extract.dates;

import dyad.model.EventDate;
import java.util.List;

/** One family of time expressions: finds its matches in text[from, to) and says how to resolve each. */
interface DateRule {

    void collect(String text, int from, int to, List<Match> out);

    /** Resolution is deferred so that the finder can chain anchors from left to right within a sentence. */
    @FunctionalInterface
    interface Resolution {
        EventDate resolve(EventDate documentDate, EventDate anchor);
    }

    record Match(int start, int end, TemporalExpression.Kind kind, Resolution resolution) {
        public Match {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad match [" + start + ", " + end + ")");
            }
        }
    }
}
