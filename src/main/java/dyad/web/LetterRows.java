package dyad.web;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.store.Stored;
import java.util.List;

/** Letters as page rows: authors, recipients, demands (each linking to its place in the letter) and unanswered references. */
final class LetterRows {

    private LetterRows() {
    }

    record LetterRow(String key, String date, String authors, String recipients, List<DemandRow> demands,
                     List<String> references, String link) {
    }

    record DemandRow(int n, String summary, String addressee, String text, String link) {
    }

    static LetterRow of(Stored<Letter> s) {
        Letter l = s.record();
        List<DemandRow> demands = l.demands().stream().map(d -> demand(s, d)).toList();
        List<String> refs = l.references().stream().map(LetterRows::reference).toList();
        return new LetterRow(s.key().toString(), l.date().known() ? l.date().value() : "undated", names(l.authors()),
                names(l.recipients()), demands, refs, Links.document(s.documentHash()));
    }

    private static DemandRow demand(Stored<Letter> s, Demand d) {
        return new DemandRow(d.n(), d.summary() == null ? "" : d.summary(), d.addressee() == null ? "" : RecordSpans.name(d.addressee()),
                d.text(), Links.span(s.documentHash(), d.start(), d.end()));
    }

    static String reference(LetterReference r) {
        String when = r.date().known() ? r.date().value() : "an undated letter";
        String to = r.recipients().isEmpty() ? "" : " to " + names(r.recipients());
        String answer = r.replied() == null ? "" : r.replied() ? " (answered)" : " (unanswered)";
        return when + to + answer;
    }

    static String names(List<Actor> actors) {
        return String.join(", ", actors.stream().map(RecordSpans::name).toList());
    }
}
