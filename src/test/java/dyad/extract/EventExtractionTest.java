package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Whole-sentence event extraction with the real models: types, parties, modality, dates, offsets. */
@Tag("models")
class EventExtractionTest {

    private static List<Event> events(Marked m, String docDate) {
        return SharedModels.records(m.text(), docDate, Event.class);
    }

    @Test
    void activeVerbWithObjectAndYear() {
        Marked m = Marked.parse("[Canada:CAN/GOV] {imposed sanctions:SANCTION} on [Venezuela:VEN/GOV] in 2017.");
        List<Event> events = events(m, "2023-12-01");
        assertThat(events).extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.SANCTION, "sanction", "CAN", "VEN"));
        Event e = events.get(0);
        assertThat(e.date()).isEqualTo(EventDate.year(2017));
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(e.evidence().start()).isZero();
        assertThat(e.evidence().end()).isEqualTo(m.text().length());
        assertThat(e.source().start()).isEqualTo(m.actors().get(0).start());
        assertThat(e.source().end()).isEqualTo(m.actors().get(0).end());
    }

    @Test
    void passiveVoiceSwapsAgentAndPatient() {
        Marked m = Marked.parse("[Peru:PER/GOV] was sharply {criticized:ACCUSE} by [Brazil:BRA/GOV] last week.");
        assertThat(events(m, "2023-12-01")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.ACCUSE, "BRA", "PER"));
    }

    @Test
    void conjoinedSourcesGiveOneEventPerCountry() {
        Marked m = Marked.parse("[Chile:CHL/GOV], [Mexico:MEX/GOV] and [Spain:ESP/GOV] {condemned:ACCUSE} "
                + "[Russia:RUS/GOV] on Monday.");
        assertThat(events(m, "2023-12-01")).extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("CHL", "RUS"), tuple("MEX", "RUS"), tuple("ESP", "RUS"));
    }

    @Test
    void seekingToRestoreTiesIsIntendedAndDatedToTheDocument() {
        Marked m = Marked.parse("[Argentina:ARG/GOV] is seeking to {restore ties:SUPPORT} with [Bolivia:BOL/GOV].");
        List<Event> events = events(m, "2024-05-02");
        assertThat(events).extracting(e -> e.type(), e -> e.mode(), e -> e.modality())
                .containsExactly(tuple(PloverType.SUPPORT, "diplomatic", Modality.INTENDED));
        assertThat(events.get(0).date()).isEqualTo(new EventDate("2024-05-02", Precision.DAY));
    }

    @Test
    void undatedPastActsOfAStoryAboutTheWritingDayHappenThatDay() {
        Marked m = Marked.parse("[Norway:NOR/GOV] {expelled:SANCTION} three [Belarusian:BLR/GOV] diplomats on Tuesday. "
                + "[Sweden:SWE/GOV] {condemned:ACCUSE} [Belarus:BLR/GOV] for the arrests. "
                + "[Denmark:DNK/GOV] had {cut aid:SANCTION} to [Minsk:BLR/GOV].");
        assertThat(events(m, "2022-03-09")).extracting(e -> e.source().country(), e -> e.date())
                .contains(tuple("NOR", new EventDate("2022-03-08", Precision.DAY)),
                        tuple("SWE", new EventDate("2022-03-09", Precision.DAY)))
                .doesNotContain(tuple("DNK", new EventDate("2022-03-09", Precision.DAY)));
    }

    @Test
    void aCommuniqueDatedAtTheTopDatesTheActsOfItsOccasion() {
        Marked m = Marked.parse("Nairobi, 14 November 2024. The foreign ministers of [Kenya:KEN/GOV] and "
                + "[Tanzania:TZA/GOV] {met:CONSULT} today in Nairobi. "
                + "[Kenya:KEN/GOV] {thanked:SUPPORT} [Tanzania:TZA/GOV] for its support to the mission.");
        assertThat(events(m, "2024-11-14")).extracting(e -> e.type(), e -> e.date())
                .contains(tuple(PloverType.SUPPORT, new EventDate("2024-11-14", Precision.DAY)));
    }

    @Test
    void undatedPastActsOfAStoryToldYearsAgoGoOnAtTheDayJustToldNeverAtTheWritingDay() {
        Marked m = Marked.parse("[Norway:NOR/GOV] {expelled:SANCTION} three [Belarusian:BLR/GOV] diplomats on 4 May 2019. "
                + "[Sweden:SWE/GOV] {condemned:ACCUSE} [Belarus:BLR/GOV] for the arrests.");
        assertThat(events(m, "2022-03-09")).extracting(e -> e.source().country(), e -> e.date())
                .contains(tuple("SWE", new EventDate("2019-05-04", Precision.DAY)));
        Marked later = Marked.parse("[Norway:NOR/GOV] {expelled:SANCTION} three [Belarusian:BLR/GOV] diplomats on 4 May 2019. "
                + "The arrests had shocked Oslo. [Sweden:SWE/GOV] {condemned:ACCUSE} [Belarus:BLR/GOV] for the arrests.");
        assertThat(events(later, "2022-03-09")).extracting(e -> e.source().country(), e -> e.date())
                .contains(tuple("SWE", EventDate.UNKNOWN));
    }

    @Test
    void refusalIsNegated() {
        Marked m = Marked.parse("[Paraguay:PRY/GOV] refused to {recognize:SUPPORT} [Nicolás Maduro:VEN/GOV].");
        assertThat(events(m, "2019-02-01")).extracting(e -> e.type(), e -> e.mode(), e -> e.modality(),
                        e -> e.target().name())
                .containsExactly(tuple(PloverType.SUPPORT, "recognize", Modality.NEGATED, "Nicolás Maduro"));
    }

    @Test
    void capitalsStandForTheirGovernments() {
        Marked m = Marked.parse("[Ottawa:CAN/GOV] {expelled:SANCTION} the ambassador of [Iran:IRN/GOV].");
        List<Event> events = events(m, "2012-09-07");
        assertThat(events).extracting(e -> e.source().name(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple("Government of Canada", "CAN", "IRN"));
    }

    @Test
    void sentenceWithoutTriggerOrActorsGivesNothing() {
        assertThat(events(Marked.parse("The weather in the capital was mild on Tuesday."), "2020-01-01")).isEmpty();
    }
    @Test
    void reactionToAnEventNounIsAimedAtItsAgent() {
        Marked m = Marked.parse("[Norway:NOR/GOV] {condemned:ACCUSE} the Turkish military operation in Syria.");
        assertThat(events(m, "2019-10-10")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.ACCUSE, "NOR", "TUR"));
    }

    @Test
    void possessorOfAnOusterIsItsTargetAndTheVerbSubjectItsAgent() {
        Marked m = Marked.parse("[Bolivia:BOL/GOV] criticised Morales. Later, [Chile:CHL/GOV] tried to organize "
                + "his {ouster:COERCE}.");
        assertThat(events(m, "2019-10-10")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.COERCE, "CHL", "BOL"));
    }

    @Test
    void talksBetweenTwoStatesGoBothWays() {
        Marked m = Marked.parse("A {meeting:CONSULT} between [Kenya:KEN/GOV] and [Uganda:UGA/GOV] took place in May.");
        assertThat(events(m, "2021-06-01")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.CONSULT, "KEN", "UGA"), tuple(PloverType.CONSULT, "UGA", "KEN"));
    }

    @Test
    void theyAfterAListOfStatesStandsForEachOfThem() {
        Marked m = Marked.parse("[Peru:PER/GOV], [Chile:CHL/GOV] and [Ecuador:ECU/GOV] met in Lima on Monday. "
                + "[They:PER/GOV] {condemned:ACCUSE} [Russia:RUS/GOV].");
        assertThat(events(m, "2022-03-01")).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().country(), e -> e.source().text(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("PER", "They", "RUS"), tuple("CHL", "They", "RUS"),
                        tuple("ECU", "They", "RUS"));
    }

    @Test
    void sanctionsImposedByAnAgentTakeTheImplicitTargetTheDocumentIsAbout() {
        Marked m = Marked.parse("[Iran:IRN/GOV] held elections. Iranians have suffered from sanctions imposed by "
                + "[the European Union:EUR/IGO].");
        List<Event> events = events(m, "2020-01-01");
        assertThat(events).extracting(e -> e.type(), e -> e.source().org(), e -> e.target().country(), e -> e.target().text())
                .contains(tuple(PloverType.SANCTION, "EUR", "IRN", null));
    }

    @Test
    void aPassiveActWithNoAgentIsDoneByTheStateTheDocumentIsAboutBesidesItsTarget() {
        Marked m = Marked.parse("[Norway:NOR/GOV] and [Chile:CHL/GOV] quarrelled over salmon quotas. [Norway:NOR/GOV] "
                + "recalled its ambassador. [Norway's ambassador:NOR/GOV] was {summoned:ACCUSE} on Friday.");
        List<Event> events = events(m, "2022-05-01");
        assertThat(events).filteredOn(e -> e.evidence().text().endsWith("on Friday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(), e -> e.target().country())
                .containsExactly(tuple(PloverType.ACCUSE, "CHL", null, "NOR"));
    }

    @Test
    void anActiveActWithNoDoerGetsNoneImplied() {
        Marked m = Marked.parse("[Norway:NOR/GOV] and [Chile:CHL/GOV] quarrelled over salmon quotas. The {detention:COERCE} "
                + "of [a Norwegian fisherman:NOR/CVL] added to the strain.");
        assertThat(events(m, "2022-05-01")).filteredOn(e -> e.type() == PloverType.COERCE).isEmpty();
    }

    @Test
    void theStaffOfAnEmbassyBelongToTheEmbassysStateNotToTheCityItStandsIn() {
        Marked m = Marked.parse("[The Czech government:CZE/GOV] {expelled:SANCTION} 18 [employees:RUS/CVL] of the "
                + "Russian embassy in Prague.");
        assertThat(events(m, "2021-04-20")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(),
                        e -> e.target().text())
                .containsExactly(tuple(PloverType.SANCTION, "CZE", "RUS", "employees"));
    }

    @Test
    void aMinisterRecallingHerOwnStatesEnvoyActsOnTheStateTheEnvoyIsPostedTo() {
        Marked m = Marked.parse("[Penny Wong:AUS/GOV] {recalled:SANCTION} Australia's ambassador to [Fiji:FJI/GOV].");
        assertThat(events(m, "2023-05-03")).extracting(e -> e.type(), e -> e.source().text(), e -> e.target().country(),
                        e -> e.target().text())
                .containsExactly(tuple(PloverType.SANCTION, "Penny Wong", "FJI", "Fiji"));
    }

    @Test
    void anotherStateUnderASubjectNounIsNoAgent() {
        Marked m = Marked.parse("The flareup of tensions between [Sudan:SDN/GOV] and [Chad:TCD/GOV] threatens to "
                + "destroy recent progress.");
        assertThat(events(m, "2023-01-01")).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.THREATEN, "SDN", "TCD"), tuple(PloverType.THREATEN, "TCD", "SDN"));
    }
    @Test
    void aLettersMustSentenceIsTheSignatoriesRequest() {
        String text = "Dear Minister,\n\nWe urge Ghana to act.\n\nGhana must end the arms trade with Mali.\n";
        Document doc = new Document("l.txt", text, new EventDate("2024-04-02", Precision.DAY));
        List<Event> events = SharedModels.get().extractor().extract(doc).stream()
                .filter(Event.class::isInstance).map(Event.class::cast)
                .filter(e -> e.evidence().text().startsWith("Ghana must")).toList();
        assertThat(events).extracting(e -> e.type(), e -> e.mode(), e -> e.source().text(), e -> e.target().country(),
                        e -> e.target().start(), e -> e.date())
                .containsExactly(tuple(PloverType.REQUEST, "change", null, "GHA", text.indexOf("Ghana must"),
                        new EventDate("2024-04-02", Precision.DAY)));
    }
}
