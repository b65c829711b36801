package dyad.accountability;

import dyad.model.Demand;
import dyad.model.Letter;
import dyad.model.PloverType;
import dyad.store.EventFilter;
import dyad.store.Stored;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which stored events could meet a demand ({@link DemandMatcher} decides which do): of the
 * rules' event types, with the addressee's state on a side, dated from the first day of the
 * letter's year (an act dated only to that year may end after the letter) up to the end of the
 * evidence window or the day of the view. One filter per addressee state, its window spanning
 * all the letters that address it, so tracking reads as many events as the letters can use,
 * however large the store.
 */
final class DemandCandidates {

    private DemandCandidates() {
    }

    static List<EventFilter> filters(List<Stored<Letter>> letters, Set<PloverType> types, int windowDays, LocalDate asOf) {
        Map<String, LocalDate[]> windows = new TreeMap<>();
        for (Stored<Letter> s : letters) {
            Letter letter = s.record();
            LocalDate sent = letter.date().known() ? letter.date().firstDay() : null;
            if (sent == null || sent.isAfter(asOf)) {
                continue;
            }
            LocalDate from = LocalDate.of(sent.getYear(), 1, 1);
            LocalDate windowEnd = sent.plusDays(windowDays);
            LocalDate to = windowEnd.isBefore(asOf) ? windowEnd : asOf;
            for (Demand d : letter.demands()) {
                if (d.addressee() != null && d.addressee().country() != null) {
                    windows.merge(d.addressee().country(), new LocalDate[] {from, to}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                }
            }
        }
        List<EventFilter> out = new ArrayList<>();
        windows.forEach((country, w) -> out.add(EventFilter.ALL.withCountry(country).withTypes(types).between(w[0], w[1])));
        return out;
    }
}
