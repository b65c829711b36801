package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private static final QuoteLexicon LEXICON = QuoteLexicon.load();


    private static Span at(String text, String words, int from) {
        int start = text.indexOf(words, from);
        return Span.of(text, start, start + words.length());
    }

    private static Mention mention(String text, String words, int from, String name, String country, Role role,
                                   EntryKind kind) {
        Span s = at(text, words, from);
        return new Mention(0, 0, new Actor(s.text(), s.start(), s.end(), name, country, null, role), kind, null);
    }

    private static List<Span> sentences(String text) {
        return new Fixture(text, List.of(), List.of()).sentences();
    }

    @Test
    void sheIsThePersonNamedLastEvenWhenOnlyAQuoteNamedHer() {
        String text = "\"We will go,\" said Ana Ruiz. Later Evo Morales spoke. Ruiz returned home. \"It was hard,\" she said.";
        List<Mention> mentions = List.of(mention(text, "Evo Morales", 0, "Evo Morales", "BOL", Role.GOV, EntryKind.PERSON));
        List<Actor> earlier = new ArrayList<>();
        earlier.add(SpeakerResolver.forDocument(LEXICON, text, sentences(text), mentions, null).resolve(at(text, "Ana Ruiz", 0), earlier));

        Actor she = SpeakerResolver.forDocument(LEXICON, text, sentences(text), mentions, null).resolve(at(text, "she", 0), earlier);

        assertThat(she.name()).isEqualTo("Ana Ruiz");
        assertThat(she.text()).isEqualTo("she");
        assertThat(she.start()).isEqualTo(text.indexOf("she said"));
    }

    @Test
    void heWithNoOneNamedAfterTheKnownPersonIsThatPerson() {
        String text = "\"We will go,\" said Ana Ruiz. Later Evo Morales spoke. \"It was hard,\" he said.";
        List<Mention> mentions = List.of(mention(text, "Evo Morales", 0, "Evo Morales", "BOL", Role.GOV, EntryKind.PERSON));
        List<Actor> earlier = new ArrayList<>();
        earlier.add(SpeakerResolver.forDocument(LEXICON, text, sentences(text), mentions, null).resolve(at(text, "Ana Ruiz", 0), earlier));

        assertThat(SpeakerResolver.forDocument(LEXICON, text, sentences(text), mentions, null).resolve(at(text, "he", text.indexOf("hard")), earlier).name())
                .isEqualTo("Evo Morales");
    }

    @Test
    void statesSpeakingTogetherAreOneSpeakerWithNoOneCountry() {
        String text = "Chile and Peru said the vote was \"free and fair\".";
        List<Mention> mentions = List.of(
                mention(text, "Chile", 0, "Government of Chile", "CHL", Role.GOV, EntryKind.COUNTRY),
                mention(text, "Peru", 0, "Government of Peru", "PER", Role.GOV, EntryKind.COUNTRY));

        Actor speaker = SpeakerResolver.forDocument(LEXICON, text, sentences(text), mentions, null).resolve(at(text, "Chile and Peru", 0), List.of());

        assertThat(speaker.name()).isEqualTo("Governments of Chile and Peru");
        assertThat(speaker.country()).isNull();
        assertThat(speaker.role()).isEqualTo(Role.GOV);
        assertThat(speaker.text()).isEqualTo("Chile and Peru");
    }
}
