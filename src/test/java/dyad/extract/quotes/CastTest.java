package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CastTest {

    private static Person person(String name, String... titles) {
        return new Person(name, "GHA", null, Role.GOV, Set.of(titles), '-');
    }

    @Test
    void aNameIsMatchedByItsWordsWithoutAccentsParticlesOrHyphens() {
        assertThat(Person.tokens("Abdel Fattah al-Sisi")).containsExactly("abdel", "fattah", "sisi");
        assertThat(Person.tokens("Ursula von der Leyen")).containsExactly("ursula", "leyen");
        assertThat(Person.tokens("Abdoulaye Maïga")).contains("maiga");
        assertThat(Person.tokens("Romeo Brawner Jr.")).containsExactly("romeo", "brawner");
    }

    @Test
    void theGazetteersNameIsCutToTheWordsTheDocumentWrites() {
        assertThat(CastFinder.asWritten("Salva Kiir Mayardit", "Salva Kiir")).isEqualTo("Salva Kiir");
        assertThat(CastFinder.asWritten("Bruno Rodríguez Parrilla", "Bruno Rodriguez")).isEqualTo("Bruno Rodríguez");
        assertThat(CastFinder.asWritten("Juan Guaidó", "Guaido")).isEqualTo("Juan Guaidó"); // one word: a surname
        assertThat(CastFinder.asWritten("Imran Khan", "Imran Khan")).isEqualTo("Imran Khan");
    }

    @Test
    void heIsTheFirstPersonOfTheLastSentenceNamingOneAndTheMinisterTheLastMinister() {
        Person kofi = person("Kofi Mensah", "minister");
        Person ama = person("Ama Owusu", "spokeswoman");
        Person yaw = person("Yaw Boateng", "minister");
        Cast cast = new Cast(List.of(new Cast.Occurrence(0, 11, 0, kofi, false),
                new Cast.Occurrence(20, 29, 1, yaw, true), new Cast.Occurrence(40, 49, 1, ama, false),
                new Cast.Occurrence(60, 69, 2, yaw, false)), List.of());

        assertThat(cast.subjectBefore(15, 'm')).isEqualTo(kofi);
        assertThat(cast.subjectBefore(55, '-')).isEqualTo(ama); // Yaw is an object there
        assertThat(cast.subjectBefore(100, 'm')).isEqualTo(yaw);
        assertThat(cast.titledBefore("minister", null, 55)).isEqualTo(yaw);
        assertThat(cast.titledBefore("minister", "NOR", 55)).isNull();
    }
}
