package dyad.accountability;

import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.store.Stored;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the tracked letters among stored ones and links what answers them.
 * <ul>
 *   <li>A <b>reply</b> is a letter without demands citing an earlier one as answered ({@code replied: true},
 *       as in "Thank you for your letter of …") whose authors are all authorities (government, legislature,
 *       courts, military, international bodies) or unknown. It links to the tracked letter of the cited
 *       date; confidence grows when it is written by a recipient (or their government) and addressed
 *       to a signatory. A reply citing no tracked letter is kept as an unlinked reply.</li>
 *   <li>Every other letter is tracked. An earlier letter it cites that is not stored itself is tracked
 *       from the citation. A citation saying no reply came records the cited letter as unanswered as of
 *       the citing letter's date; one saying a reply came counts as an answer reported by the authors.</li>
 * </ul>
 */
final class ReplyLinker {

    /** Confidence of an answer reported by the letter's own authors in a later letter. */
    static final double REPORTED = 0.7;

    private final TrackingConfig config;
    private final ReplyCues cues;

    ReplyLinker(TrackingConfig config, ReplyCues cues) {
        this.config = config;
        this.cues = cues;
    }

    static boolean isReply(Letter l) {
        return l.demands().isEmpty() && l.references().stream().anyMatch(r -> Boolean.TRUE.equals(r.replied()))
                && l.authors().stream().allMatch(a -> Parties.AUTHORITIES.contains(a.role()));
    }

    static RecordRef ref(Stored<Letter> s) {
        return new RecordRef(s.documentHash(), s.key().n());
    }

    /** Tracked letters (with their answers) and unlinked replies, from letters known by the as-of day. */
    List<Entry> link(List<Stored<Letter>> letters, Function<String, String> textOf, List<UnlinkedReply> unlinked) {
        List<Entry> entries = new ArrayList<>();
        for (Stored<Letter> s : letters) {
            if (!isReply(s.record())) {
                entries.add(new Entry(s.key().toString(), LetterRef.of(ref(s)), s.record()));
            }
        }
        for (Stored<Letter> s : letters) {
            if (!isReply(s.record())) {
                cite(s, entries);
            }
        }
        for (Stored<Letter> s : letters) {
            if (isReply(s.record()) && !answer(s, entries, textOf)) {
                unlinked.add(new UnlinkedReply(s.key().toString(), ref(s), s.record(), cues.kindOf(textOf.apply(s.documentHash())),
                        "cites " + citedDates(s.record()) + " but no tracked letter of that date"));
            }
        }
        return entries;
    }

    private void cite(Stored<Letter> s, List<Entry> entries) {
        Letter citing = s.record();
        LocalDate citedOn = citing.date().known() ? citing.date().firstDay() : null;
        List<LetterReference> refs = citing.references();
        for (int i = 0; i < refs.size(); i++) {
            LetterReference r = refs.get(i);
            if (!r.date().known() || citedOn != null && !r.date().firstDay().isBefore(citedOn)) {
                continue;
            }
            Entry cited = find(entries, r, s.key().toString());
            if (cited == null) {
                cited = new Entry(s.key() + "r" + i, new LetterRef(ref(s), i),
                        new Letter(citing.doc(), r.date(), citing.authors(), r.recipients(), List.of(), List.of()));
                entries.add(cited);
            }
            if (Boolean.FALSE.equals(r.replied()) && citedOn != null) {
                cited.claims.add(new NoReplyClaim(s.key().toString(), citedOn));
            } else if (Boolean.TRUE.equals(r.replied())) {
                cited.replies.add(new ReplyLink(null, null, null, s.key().toString(), LetterState.REPLIED, citedOn, REPORTED,
                        REPORTED >= config.minLinkConfidence(), false,
                        "letter " + s.key() + " by its authors says an answer came"));
            }
        }
    }

    private static Entry find(List<Entry> entries, LetterReference r, String citingId) {
        for (Entry e : entries) {
            if (!e.id.equals(citingId) && Parties.sameDate(e.sent, r.date())
                    && (r.recipients().isEmpty() || e.letter.recipients().isEmpty()
                    || Parties.overlap(r.recipients(), e.letter.recipients()))) {
                return e;
            }
        }
        return null;
    }

    /** Links a reply to each tracked letter it cites; false when it cites none. */
    private boolean answer(Stored<Letter> s, List<Entry> entries, Function<String, String> textOf) {
        Letter reply = s.record();
        boolean linked = false;
        for (LetterReference r : reply.references()) {
            if (!Boolean.TRUE.equals(r.replied())) {
                continue;
            }
            Entry best = null;
            double bestConfidence = 0;
            String bestReason = null;
            for (Entry e : entries) {
                if (e.documentHash().equals(s.documentHash()) || !Parties.sameDate(e.sent, r.date())) {
                    continue;
                }
                double confidence = 0.5;
                StringBuilder reason = new StringBuilder("cites a letter of " + r.date().value());
                if (Parties.overlap(reply.authors(), e.letter.recipients())) {
                    confidence += 0.3;
                    reason.append("; written by a recipient");
                } else if (Parties.sameGovernment(reply.authors(), e.letter.recipients())) {
                    confidence += 0.15;
                    reason.append("; from the recipients' government");
                } else if (!reply.authors().isEmpty()) {
                    confidence -= 0.2;
                    reason.append("; not from a recipient");
                }
                if (Parties.overlap(reply.recipients(), e.letter.authors())) {
                    confidence += 0.2;
                    reason.append("; addressed to a signatory");
                }
                if (confidence > bestConfidence) {
                    best = e;
                    bestConfidence = Math.min(1, confidence);
                    bestReason = reason.toString();
                }
            }
            if (best != null) {
                best.replies.add(new ReplyLink(s.key().toString(), ref(s), reply, null,
                        cues.kindOf(textOf.apply(s.documentHash())),
                        reply.date().known() ? reply.date().firstDay() : null, bestConfidence,
                        bestConfidence >= config.minLinkConfidence(), false, bestReason));
                linked = true;
            }
        }
        return linked;
    }

    private static String citedDates(Letter l) {
        return l.references().stream().filter(r -> Boolean.TRUE.equals(r.replied()))
                .map(r -> r.date().known() ? "a letter of " + r.date().value() : "a letter of unknown date")
                .distinct().reduce((a, b) -> a + ", " + b).orElse("no letter");
    }
}
