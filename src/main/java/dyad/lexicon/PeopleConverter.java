package dyad.lexicon;

import dyad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person records of the actor dictionaries → people.tsv rows (name, aliases, iso3, org, role,
 * from, to), one row per code line. A record is a person when one of its codes is dated or its
 * primary phrase does not read as a body ({@link Phrases#body}). A code line becomes a row when it
 * names a state Dyad knows (role through cameo-roles.tsv) or an IGO Dyad has an org code for (role
 * IGO); other lines (elites with no state, territories, roles mapped to '-') are counted and left out.
 */
final class PeopleConverter {

    record Person(String name, List<String> aliases, String iso3, String org, Role role, LocalDate from,
                  LocalDate to) {
        List<String> cells() {
            return List.of(name, aliases.isEmpty() ? "-" : String.join("|", aliases), iso3 == null ? "-" : iso3,
                    org == null ? "-" : org, role.name(), from == null ? "-" : from.toString(),
                    to == null ? "-" : to.toString());
        }
    }

    /** Family names before a hyphenated given name written "Ki-moon" (Korean, and Taiwanese romanisation). */
    private static final String KOREAN_SURNAMES = "KIM|LEE|PARK|CHOI|JUNG|CHUNG|KANG|CHO|YOON|YUN|JANG|HAN|SHIN|KWON|"
            + "HWANG|AHN|SONG|HONG|MOON|YANG|BAN|ROH|NOH|HYUN|MA|TSAI|LIEN|SOONG|HSIEH|LAI|CHEN|WU";

    final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final CameoCodes codes;
    private final Set<String> states;

    PeopleConverter(CameoCodes codes, Set<String> states) {
        this.codes = codes;
        this.states = states;
    }

    /** Whether a record (not a country record) is a person. */
    static boolean person(ActorRecord record) {
        String primary = Phrases.words(record.phrases().get(0));
        return primary != null && (record.codes().stream().anyMatch(ActorRecord.Code::dated) || !Phrases.body(primary));
    }

    /** {@code countryFile}: records with their code on the primary line are states and territories, not people. */
    List<Person> convert(String file, List<ActorRecord> records, boolean countryFile) {
        Set<Person> out = new LinkedHashSet<>();
        for (ActorRecord record : records) {
            if (record.codes().isEmpty() || countryFile && record.inline() || !person(record)) {
                continue;
            }
            NameCase.Style style = record.codes().stream().anyMatch(c -> c.code().matches("(KOR|PRK|TWN).*"))
                    || record.phrases().stream().anyMatch(p -> p.matches("(?i).*\\b(" + KOREAN_SURNAMES + ")_[A-Z]+-[A-Z]+.*"))
                    ? NameCase.Style.KOREAN_PERSON : NameCase.Style.PERSON;
            List<String> names = new ArrayList<>();
            for (String raw : record.phrases()) {
                String words = Phrases.words(raw);
                if (words != null && !names.contains(NameCase.title(words, style))) {
                    names.add(NameCase.title(words, style));
                }
            }
            // The name is the first phrase without a title ("BAN_KI-MOON", not "SECRETARY-GENERAL_BAN_KI-MOON").
            names.stream().filter(n -> n.contains(" ") && !Phrases.body(n)).findFirst().ifPresent(n -> {
                names.remove(n);
                names.add(0, n);
            });
            if (names.isEmpty()) {
                count("person whose names all have parentheses, commas or '+'");
                continue;
            }
            for (ActorRecord.Code code : record.codes()) {
                CameoCodes.Reading r = codes.read(code.code(), file, code.line());
                if (r.role() == null) {
                    count("code line with no Dyad role (e.g. unrecognised, occupation, criminal)");
                } else if (r.role() == Role.IGO ? r.org() == null : r.iso3() == null || !states.contains(r.iso3())) {
                    count(r.role() == Role.IGO ? "IGO Dyad has no org code for" : "code line with no state Dyad codes");
                } else {
                    out.add(new Person(names.get(0), names.subList(1, names.size()), r.iso3(), r.org(), r.role(),
                            code.from(), code.to()));
                }
            }
        }
        return List.copyOf(out);
    }

    private void count(String why) {
        dropped.merge(why, 1, Integer::sum);
    }
}
