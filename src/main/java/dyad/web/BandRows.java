package dyad.web;

import dyad.timeline.DyadTimeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relation state bands laid out for the page: one row per attribute, each band placed as a
 * percentage of the span from the first to the last date the timeline shows (its months, years
 * and bands), so the rows line up under the chart.
 */
final class BandRows {

    private BandRows() {
    }

    record Row(String attribute, List<Segment> segments) {
    }

    /** {@code left} and {@code width} in percent; {@code css} a class made only of letters, for the colour. */
    record Segment(String value, String css, String from, String to, String left, String width, String link) {
    }

    static List<Row> of(DyadTimeline t) {
        if (t.bands().isEmpty()) {
            return List.of();
        }
        LocalDate first = null;
        LocalDate last = null;
        for (DyadTimeline.Month m : t.months()) {
            first = min(first, m.month().atDay(1));
            last = max(last, m.month().atEndOfMonth());
        }
        // The years cover the months and the events dated only to a year, which bands often match.
        for (DyadTimeline.Year y : t.years()) {
            first = min(first, LocalDate.of(y.year(), 1, 1));
            last = max(last, LocalDate.of(y.year(), 12, 31));
        }
        for (DyadTimeline.Band b : t.bands()) {
            first = min(first, b.from());
            last = max(last, b.to() == null ? b.from() : b.to());
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        Map<String, List<Segment>> rows = new LinkedHashMap<>();
        for (DyadTimeline.Band b : t.bands()) {
            LocalDate end = b.to() == null ? last : b.to();
            double left = 100.0 * ChronoUnit.DAYS.between(first, b.from()) / days;
            double width = Math.max(0.8, 100.0 * (ChronoUnit.DAYS.between(b.from(), end) + 1) / days);
            String link = b.evidence() == null ? null : evidenceLink(b.evidence());
            rows.computeIfAbsent(b.attribute(), a -> new ArrayList<>()).add(new Segment(b.value(),
                    b.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), b.from().toString(),
                    b.to() == null ? "now" : b.to().toString(), percent(left), percent(Math.min(width, 100 - left)), link));
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((attribute, segments) -> out.add(new Row(attribute.replace('_', ' '), segments)));
        return out;
    }

    private static String evidenceLink(DyadTimeline.Evidence e) {
        return e.span() == null ? Links.document(e.documentHash())
                : Links.span(e.documentHash(), e.span().start(), e.span().end());
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0, p));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
