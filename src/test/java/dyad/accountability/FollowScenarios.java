package dyad.accountability;

import static dyad.accountability.LetterFixtures.letter;
import static dyad.accountability.LetterFixtures.reply;
import static dyad.accountability.LetterFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Letter;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Role;
import dyad.store.ContentHash;
import dyad.store.EventFilter;
import dyad.store.Ingested;
import dyad.store.PageRequest;
import dyad.store.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Decisions about letters when the letters' files change and are ingested again (a new content
 * hash each time): they follow the letter, the reply and the event they name to the new version,
 * or are stranded, listed and reported until a person settles them. Run on each store engine.
 */
final class FollowScenarios {

    static final LocalDate LATER = LocalDate.of(2026, 3, 1);

    private final Repository repository;
    private final DecisionLog log;
    private final LetterService service;

    FollowScenarios(Repository repository, DecisionLog log, LetterService service) {
        this.repository = repository;
        this.log = log;
        this.service = service;
    }

    /** The same document with {@code more} appended to its text: a new hash at the same path, the same records. */
    static Ingested appended(Ingested in, String more) {
        String text = in.document().text() + more;
        return new Ingested(new Document(in.document().id(), text, in.document().date()), ContentHash.of(text), in.path(),
                in.records());
    }

    /** The 13 November letter addressed to someone else: the same file, another letter. */
    static Ingested readdressed() {
        String t = LetterFixtures.LETTER.replace("Minister Anita Anand", "Minister Mélanie Joly");
        Letter old = (Letter) letter().records().get(0);
        int at = t.indexOf("Minister Mélanie Joly");
        Actor joly = new Actor("Minister Mélanie Joly", at, at + 21, "Mélanie Joly", "CAN", null, Role.GOV);
        Letter l = new Letter(old.doc(), old.date(), old.authors(), List.of(joly), old.demands(), old.references());
        return new Ingested(new Document("letter.txt", t, old.date()), ContentHash.of(t), letter().path(), List.of(l));
    }

    /** The letter with its second demand dropped. */
    static Ingested withOneDemand() {
        Ingested in = appended(letter(), "\nWe withdraw our second demand.\n");
        Letter l = (Letter) in.records().get(0);
        List<Record> records = List.of(new Letter(l.doc(), l.date(), l.authors(), l.recipients(), l.demands().subList(0, 1),
                l.references()));
        return new Ingested(in.document(), in.hash(), in.path(), records);
    }

    private String key() {
        return service.track(LocalDate.of(2100, 1, 1)).letters().stream()
                .filter(t -> t.letter().doc().equals("letter.txt") && !t.cited()).findFirst().orElseThrow().id();
    }

    private Decision mark(String id, Decision.Action action, Integer demand, String value) {
        return service.mark(new Mark(id, action, demand, value, LocalDate.of(2025, 12, 1), "Ana", "seen on file"));
    }

    void statesFollowTheLetterToItsNewVersion() {
        repository.write(letter());
        String before = key();
        mark(before, Decision.Action.LETTER_STATE, null, "replied");
        mark(before, Decision.Action.DEMAND_STATE, 2, "met");

        Ingested edited = appended(letter(), "\nP.S. Copied to the press.\n");
        repository.write(edited);

        String after = key();
        assertThat(after).isNotEqualTo(before);
        TrackedLetter t = service.letter(after, LATER).orElseThrow();
        assertThat(t.state()).isEqualTo(LetterState.REPLIED);
        assertThat(t.setByHand()).isTrue();
        assertThat(t.demands().get(1).state()).isEqualTo(DemandState.MET);
        assertThat(t.demands().get(1).setByHand()).isTrue();
        assertThat(t.decisions()).hasSize(2);
        assertThat(service.track(LATER).stranded()).isEmpty();
        assertThat(log.all()).hasSize(2); // the log is append-only: nothing rewritten, nothing added
        assertThat(service.followReport(Set.of("fixtures/letter.txt")))
                .containsExactly("2 letter decisions follow their letter to the new version of 'fixtures/letter.txt'");
    }

    /** A line appended after the signatures read as one more signatory: still the same letter. */
    void aDecisionFollowsALetterThatGainedASignatory() {
        repository.write(letter());
        mark(key(), Decision.Action.LETTER_STATE, null, "replied");
        Ingested more = appended(letter(), "Ottawa Peace Circle\n");
        Letter l = (Letter) more.records().get(0);
        int at = more.document().text().indexOf("Ottawa Peace Circle");
        List<Actor> authors = List.of(l.authors().get(0),
                new Actor("Ottawa Peace Circle", at, at + 19, "Ottawa Peace Circle", "CAN", null, Role.CSO));
        repository.write(new Ingested(more.document(), more.hash(), more.path(), List.of(new Letter(l.doc(), l.date(),
                authors, l.recipients(), l.demands(), l.references()))));

        assertThat(service.letter(key(), LATER).orElseThrow().state()).isEqualTo(LetterState.REPLIED);
        assertThat(service.track(LATER).stranded()).isEmpty();
    }

    void linksFollowTheReplyAndTheEventsToTheirNewVersions() {
        Ingested stray = reply("stray.txt", "2025-12-01", "2024-05-05", "Canada remains committed to international law.");
        Ingested condemn = statement("condemn.txt", "2026-01-10", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                Modality.ASSERTED, "U.S.");
        Ingested aid = statement("suspend.txt", "2026-01-11", "Canada ended a program with the U.S.", PloverType.AID,
                Modality.ASSERTED, "U.S.");
        repository.write(List.of(letter(), stray, condemn, aid));
        String id = key();
        mark(id, Decision.Action.LINK_REPLY, null, service.unlinkedReplies(LATER).get(0).id());
        mark(id, Decision.Action.UNLINK_EVIDENCE, 1, service.letter(id, LATER).orElseThrow().demands().get(0).evidence()
                .get(0).id());
        String aidKey = repository.events(EventFilter.ALL.withTypes(Set.of(PloverType.AID)), PageRequest.first(1)).items()
                .get(0).key().toString();
        mark(id, Decision.Action.LINK_EVIDENCE, 2, aidKey);

        repository.write(List.of(appended(stray, "\nOttawa.\n"), appended(condemn, "Issued in Ottawa.\n"),
                appended(aid, "Issued in Ottawa.\n")));

        TrackedLetter t = service.letter(id, LATER).orElseThrow();
        assertThat(t.state()).isEqualTo(LetterState.REPLIED);
        assertThat(t.replies()).singleElement().satisfies(r -> assertThat(r.byHand()).isTrue());
        assertThat(service.unlinkedReplies(LATER)).isEmpty();
        assertThat(t.demands().get(0).evidence()).isEmpty();
        assertThat(t.demands().get(1).state()).isEqualTo(DemandState.MET);
        assertThat(t.demands().get(1).evidence()).singleElement().satisfies(ev -> {
            assertThat(ev.byHand()).isTrue();
            assertThat(ev.ref().documentHash()).isEqualTo(appended(aid, "Issued in Ottawa.\n").hash());
        });
        assertThat(service.track(LATER).stranded()).isEmpty();
        assertThat(service.followReport(Set.of("fixtures/stray.txt", "fixtures/suspend.txt"))).containsExactlyInAnyOrder(
                "1 letter decision follows the record it links to the new version of 'fixtures/stray.txt'",
                "1 letter decision follows the record it links to the new version of 'fixtures/suspend.txt'");
    }

    void aDecisionThatCannotFollowIsStrandedListedAndSettledByAPerson() {
        repository.write(letter());
        Decision d = mark(key(), Decision.Action.LETTER_STATE, null, "replied");

        repository.write(readdressed());

        String now = key();
        TrackedLetter t = service.letter(now, LATER).orElseThrow();
        assertThat(t.setByHand()).isFalse();
        assertThat(t.state()).isNotEqualTo(LetterState.REPLIED);
        Tracking tracking = service.track(LATER);
        assertThat(tracking.stranded()).singleElement().satisfies(s -> {
            assertThat(s.decision().id()).isEqualTo(d.id());
            assertThat(s.reason()).isEqualTo("the new version of 'fixtures/letter.txt' has no letter of the same date, "
                    + "authors and recipients");
            assertThat(s.candidates()).containsExactly(now);
            assertThat(s.describe()).startsWith("decision " + d.id() + " (letter_state = replied by Ana on 2025-12-01: ");
        });
        assertThat(tracking.strandedAt(now)).hasSize(1);
        assertThat(service.feed(LATER)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("decision_needs_a_person");
            assertThat(e.letterId()).isEqualTo(now);
            assertThat(e.ref()).isEqualTo(String.valueOf(d.id()));
        });
        assertThat(service.followReport(Set.of("fixtures/letter.txt"))).containsExactly("1 letter decision needs a person: "
                + "the new version of 'fixtures/letter.txt' has no letter of the same date, authors and recipients; "
                + "see 'dyad letters'");

        service.mark(new Mark(now, Decision.Action.SETTLE, null, String.valueOf(d.id()), null, "Ana", "sent to a new minister"));

        assertThat(service.track(LATER).stranded()).isEmpty();
        assertThat(service.letter(now, LATER).orElseThrow().decisions()).extracting(Decision::action)
                .containsExactly(Decision.Action.SETTLE);
        assertThatThrownBy(() -> service.mark(new Mark(now, Decision.Action.SETTLE, null, String.valueOf(d.id()), null, "Ana",
                "again"))).hasMessage("decision " + d.id() + " does not need a person (see 'dyad letters')");
    }

    void aLinkWhoseEventIsGoneIsStrandedOnItsLetter() {
        Ingested aid = statement("suspend.txt", "2026-01-11", "Canada ended a program with the U.S.", PloverType.AID,
                Modality.ASSERTED, "U.S.");
        repository.write(List.of(letter(), aid));
        String id = key();
        String aidKey = repository.events(EventFilter.ALL.withTypes(Set.of(PloverType.AID)), PageRequest.first(1)).items()
                .get(0).key().toString();
        Decision link = mark(id, Decision.Action.LINK_EVIDENCE, 2, aidKey);

        Ingested reworded = statement("suspend.txt", "2026-01-11", "Canada ended two programs with the U.S.", PloverType.AID,
                Modality.ASSERTED, "U.S.");
        repository.write(reworded);

        assertThat(service.letter(id, LATER).orElseThrow().demands().get(1).state()).isEqualTo(DemandState.OPEN);
        assertThat(service.track(LATER).stranded()).singleElement().satisfies(s -> {
            assertThat(s.decision().id()).isEqualTo(link.id());
            assertThat(s.reason()).isEqualTo("the new version of 'fixtures/suspend.txt' has no event the same as the one it links");
            assertThat(s.candidates()).containsExactly(id);
        });
        assertThat(service.followReport(Set.of("fixtures/suspend.txt"))).containsExactly("1 letter decision needs a person: the new "
                + "version of 'fixtures/suspend.txt' has no event the same as the one it links; see 'dyad letters'");
    }

    void aDemandTheNewVersionLacksStrandsItsDecision() {
        repository.write(letter());
        mark(key(), Decision.Action.LETTER_STATE, null, "replied");
        mark(key(), Decision.Action.DEMAND_STATE, 2, "met");

        repository.write(withOneDemand());

        assertThat(service.letter(key(), LATER).orElseThrow().state()).isEqualTo(LetterState.REPLIED);
        assertThat(service.track(LATER).stranded()).singleElement().satisfies(s -> {
            assertThat(s.decision().demand()).isEqualTo(2);
            assertThat(s.reason()).isEqualTo("the new version of its letter in 'fixtures/letter.txt' has no demand 2");
        });
    }
}
