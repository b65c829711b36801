package dyad.accountability;

import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Record;
import dyad.store.Stored;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places every decision on the version of its letter (and of the reply or event it links) stored
 * now. Decisions name records by their document's content hash, which changes when a file changes
 * and is ingested again; a decision whose record is gone follows it, by its {@link Anchor}, to the
 * one record of the same identity in the document its file holds now. One that cannot (no such
 * record, several, an older row without anchor) is stranded: listed until a person settles it,
 * never dropped. Decisions are not changed in the log (it is append-only): placement is worked out
 * afresh each time, from the log and the store.
 */
final class DecisionPlacement {

    /** What placement needs of the store. */
    interface Versions {
        boolean stored(String documentHash);

        /** The hash of the document stored for this path now. */
        Optional<String> documentAt(String path);

        List<Record> records(String documentHash);

        /** The day the document was stored, or null. */
        LocalDate storedOn(String documentHash);
    }

    /**
     * @param placed   every decision that can be placed, on the versions stored now (settled ones included)
     * @param stranded the decisions that cannot, and no person has settled yet
     * @param followed the decisions that follow a record to a new version, each with the path of its file
     */
    record Result(List<Decision> placed, List<StrandedDecision> stranded, List<Followed> followed) {
    }

    /** A decision that follows its letter ({@code target} false) or the record it links to a new version of {@code path}. */
    record Followed(Decision decision, boolean target, String path) {
    }

    private final List<Stored<Letter>> letters;
    private final Versions versions;
    private final java.util.Map<String, Boolean> stored = new java.util.HashMap<>();

    private DecisionPlacement(List<Stored<Letter>> letters, Versions versions) {
        this.letters = letters;
        this.versions = versions;
    }

    /** Places the log's decisions over the stored letters. */
    static Result place(List<Decision> decisions, List<Stored<Letter>> letters, Versions versions) {
        return new DecisionPlacement(letters, versions).place(decisions);
    }

    private Result place(List<Decision> decisions) {
        Set<String> settled = new HashSet<>();
        decisions.stream().filter(d -> d.action() == Decision.Action.SETTLE).forEach(d -> settled.add(d.value()));
        List<Decision> placed = new ArrayList<>();
        List<StrandedDecision> stranded = new ArrayList<>();
        List<Followed> followed = new ArrayList<>();
        for (Decision d : decisions) {
            LetterRef letter = d.letter();
            String problem = null;
            boolean targetProblem = false;
            List<Followed> follows = new ArrayList<>();
            if (!stored(letter.letter().documentHash())) {
                Found<LetterRef> found = letterNow(d);
                letter = found.record();
                problem = found.problem();
                follows.add(new Followed(d, false, d.letterAnchor() == null ? null : d.letterAnchor().path()));
                if (problem == null && d.demand() != null && !hasDemand(letter, d.demand())) {
                    problem = "the new version of its letter in '" + d.letterAnchor().path() + "' has no demand " + d.demand();
                }
            }
            String value = d.value();
            if (problem == null && d.linksARecord() && !stored(RecordRef.parse(value).documentHash())) {
                Found<RecordRef> found = targetNow(d);
                value = found.record() == null ? value : found.record().toString();
                problem = found.problem();
                targetProblem = problem != null;
                follows.add(new Followed(d, true, d.targetAnchor() == null ? null : d.targetAnchor().path()));
            }
            if (problem == null) {
                placed.add(d.placed(letter, value));
                followed.addAll(follows);
            } else if (d.action() != Decision.Action.SETTLE && !settled.contains(String.valueOf(d.id()))) {
                // Where a person would look: the letter itself when only its link is lost, else what its file holds now.
                Anchor problemAt = targetProblem ? d.targetAnchor() : d.letterAnchor();
                String hash = problemAt == null || problemAt.path() == null ? null
                        : versions.documentAt(problemAt.path()).orElse(null);
                List<String> candidates = targetProblem ? idOf(letter).stream().toList()
                        : hash == null ? List.of() : letterIds(hash);
                stranded.add(new StrandedDecision(d, problem, candidates, hash == null ? null : versions.storedOn(hash)));
            }
        }
        return new Result(placed, stranded, followed);
    }

    /** Whether the store holds the document (asked once per document). */
    private boolean stored(String hash) {
        return stored.computeIfAbsent(hash, versions::stored);
    }

    /** A record found, or why not. */
    private record Found<T>(T record, String problem) {
        static <T> Found<T> problem(String why) {
            return new Found<>(null, why);
        }
    }

    private Found<LetterRef> letterNow(Decision d) {
        Anchor a = d.letterAnchor();
        if (a == null) {
            return Found.problem("its letter is no longer stored (the decision was recorded before Dyad kept what a "
                    + "letter says, so it cannot find the letter's new version)");
        }
        Optional<String> hash = a.path() == null ? Optional.empty() : versions.documentAt(a.path());
        if (a.path() != null && hash.isEmpty()) {
            return Found.problem("its letter is no longer stored, nor is any text from '" + a.path() + "'");
        }
        Map<LetterRef, String> versionsNow = new LinkedHashMap<>();
        for (Stored<Letter> s : letters) {
            if (hash.isPresent() && !s.documentHash().equals(hash.get())) {
                continue;
            }
            RecordRef ref = ReplyLinker.ref(s);
            if (!d.letter().cited()) {
                versionsNow.put(LetterRef.of(ref), RecordIdentity.letter(s.record()));
            }
            for (int i = 0; d.letter().cited() && i < s.record().references().size(); i++) {
                var r = s.record().references().get(i);
                versionsNow.put(new LetterRef(ref, i), RecordIdentity.letter(
                        new Letter(s.record().doc(), r.date(), s.record().authors(), r.recipients(), List.of(), List.of())));
            }
        }
        List<LetterRef> same = versionsNow.entrySet().stream().filter(e -> e.getValue().equals(a.identity()))
                .map(Map.Entry::getKey).toList();
        Optional<RecordIdentity.LetterParts> was = RecordIdentity.letterParts(a.identity());
        if (same.isEmpty() && hash.isPresent() && was.isPresent()) { // a line added to or taken from the signatures
            same = versionsNow.entrySet().stream().filter(e -> RecordIdentity.letterParts(e.getValue())
                    .filter(now -> now.closeTo(was.get())).isPresent()).map(Map.Entry::getKey).toList();
        }
        String where = a.path() == null ? "no stored letter" : "the new version of '" + a.path() + "'";
        return same.size() == 1 ? new Found<>(same.get(0), null)
                : Found.problem(where + (same.isEmpty() ? " has no letter" : " has " + same.size() + " letters")
                        + " of the same date, authors and recipients");
    }

    private Found<RecordRef> targetNow(Decision d) {
        boolean event = d.action() == Decision.Action.LINK_EVIDENCE || d.action() == Decision.Action.UNLINK_EVIDENCE;
        String what = event ? "event" : "reply";
        Anchor a = d.targetAnchor();
        if (a == null || a.path() == null) {
            return Found.problem("the " + what + " it links is no longer stored"
                    + (a == null ? " (recorded before Dyad kept what a record says)" : ""));
        }
        Optional<String> hash = versions.documentAt(a.path());
        if (hash.isEmpty()) {
            return Found.problem("the " + what + " it links is no longer stored, nor is any text from '" + a.path() + "'");
        }
        List<Record> records = versions.records(hash.get());
        List<RecordRef> same = new ArrayList<>();
        for (int n = 0; n < records.size(); n++) {
            Record r = records.get(n);
            String identity = r instanceof Event e && event ? RecordIdentity.event(e)
                    : r instanceof Letter l && !event ? RecordIdentity.letter(l) : null;
            if (a.identity().equals(identity)) {
                same.add(new RecordRef(hash.get(), n));
            }
        }
        return same.size() == 1 ? new Found<>(same.get(0), null)
                : Found.problem("the new version of '" + a.path() + "' has " + (same.isEmpty() ? "no" : same.size()) + " "
                        + what + (same.size() > 1 ? "s" : "") + " the same as the one it links");
    }

    private boolean hasDemand(LetterRef ref, int n) {
        return letters.stream().filter(s -> ReplyLinker.ref(s).equals(ref.letter())).findFirst()
                .map(s -> s.record().demands().stream().anyMatch(x -> x.n() == n)).orElse(false);
    }

    /** The id a tracked letter has ({@code 12-0}, or {@code 12-0r1} for one known from a citation). */
    private Optional<String> idOf(LetterRef ref) {
        return letters.stream().filter(s -> ReplyLinker.ref(s).equals(ref.letter())).findFirst()
                .map(s -> s.key() + (ref.cited() ? "r" + ref.reference() : ""));
    }

    private List<String> letterIds(String hash) {
        return letters.stream().filter(s -> s.documentHash().equals(hash)).map(s -> s.key().toString()).toList();
    }
}
