package dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.extract.actors.Gazetteer;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorConverterTest {

    static final List<String> COUNTRIES = List.of(
            "# header",
            "CANADA_  [CAN]",
            "+CANADIAN_",
            "+KANADA_",
            "+NEW_BRUNSWICK_",
            "+OTTAWA_",
            "+VENEZUELA_",
            "",
            "# Prime Ministers",
            "STEPHEN_HARPER_  # CountryInfo.txt",
            "+HARPER_",
            "\t[CANELI 770101-000101]",
            "\t[CANGOV >060206]",
            "\t[CANELI]",
            "IVO_JOSIPOVIC_",
            "PRESIDENT_JOSIPOVIC_",
            "\t[HRVGOV >20120219]",
            "\t[HRVGOVLEG 20031222-20100218]",
            "\t[HRVGOV <991231]",
            "\t[HRVGOV 9008223-911221]",
            "\t[HRVCRM > 140608]",
            "CANADIAN_ARMED_FORCES",
            "\t[CANMIL]",
            "FLQ_",
            "\t[CANREB]");

    static CameoCodes codes() {
        return new CameoCodes(Map.of("CAN", "CAN", "HRV", "HRV", "KOR", "KOR"),
                TsvRows.read("cameo-roles.tsv", List.of("GOV\tGOV\t", "ELI\tCVL\t", "LEG\tLEG\t", "MIL\tMIL\t",
                        "REB\tOPP\t", "CRM\t-\t", "IGO\tIGO\t"), 3),
                TsvRows.read("cameo-orgs.tsv", List.of("IGOUNO\tUNO\t", "IGOUNOWBK\tWBK\t", "IGOSCN\t-\t"), 3),
                Gazetteer.ORG_CODES);
    }

    @Test
    void readsRecordsWithDatesInAllTheirForms() {
        ActorDictionaryReader.Result r = ActorDictionaryReader.read("countries.txt", COUNTRIES);
        assertThat(r.records()).extracting(ActorRecord::line).containsExactly(2, 10, 15, 22, 24);
        ActorRecord harper = r.records().get(1);
        assertThat(harper.phrases()).containsExactly("STEPHEN_HARPER_", "HARPER_");
        assertThat(harper.codes()).containsExactly(
                new ActorRecord.Code("CANELI", LocalDate.of(1977, 1, 1), LocalDate.of(2000, 1, 1), 12),
                new ActorRecord.Code("CANGOV", LocalDate.of(2006, 2, 6), null, 13),
                new ActorRecord.Code("CANELI", null, null, 14));
        ActorRecord josipovic = r.records().get(2);
        assertThat(josipovic.phrases()).containsExactly("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_");
        assertThat(josipovic.codes()).extracting(ActorRecord.Code::from, ActorRecord.Code::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2012, 2, 19), null),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2003, 12, 22), LocalDate.of(2010, 2, 18)),
                org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(1999, 12, 31)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 6, 8), null));
        assertThat(r.warnings()).containsExactly("countries.txt line 20: skipped [HRVGOV 9008223-911221]: not a date "
                + "restriction (>D, <D, D-D; D = YYMMDD or YYYYMMDD)");
    }

    @Test
    void badRecordsNameFileAndLine() {
        assertThatThrownBy(() -> ActorDictionaryReader.read("a.txt", List.of("\t[CANGOV]")))
                .hasMessage("a.txt line 1: a code line before any actor");
        assertThatThrownBy(() -> ActorDictionaryReader.read("a.txt", List.of("X_", "\t[can gov]")))
                .hasMessage("a.txt line 2: not an actor code: [can gov]");
    }

    @Test
    void peopleAreOneRowPerCodeLineWithMappedRoles() {
        List<ActorRecord> records = ActorDictionaryReader.read("countries.txt", COUNTRIES).records();
        PeopleConverter people = new PeopleConverter(codes(), Set.of("CAN", "HRV"));
        List<List<String>> rows = people.convert("countries.txt", records, true).stream()
                .map(PeopleConverter.Person::cells).toList();
        assertThat(rows).containsExactly(
                List.of("Stephen Harper", "Harper", "CAN", "-", "CVL", "1977-01-01", "2000-01-01"),
                List.of("Stephen Harper", "Harper", "CAN", "-", "GOV", "2006-02-06", "-"),
                List.of("Stephen Harper", "Harper", "CAN", "-", "CVL", "-", "-"),
                List.of("Ivo Josipovic", "President Josipovic", "HRV", "-", "GOV", "2012-02-19", "-"),
                List.of("Ivo Josipovic", "President Josipovic", "HRV", "-", "GOV", "2003-12-22", "2010-02-18"), // HRVGOVLEG: its first role
                List.of("Ivo Josipovic", "President Josipovic", "HRV", "-", "GOV", "-", "1999-12-31"));
        assertThat(people.dropped).containsEntry("code line with no Dyad role (e.g. unrecognised, occupation, criminal)", 1);
    }

    @Test
    void igoOfficialsGetTheirOrgCodeAndNamesLoseTheirTitles() {
        List<String> international = List.of(
                "SECRETARY-GENERAL_BAN_KI-MOON",
                "+BAN_KI-MOON",
                "\t[IGOUNO >20070101]",
                "\t[KORGOVBUS 040117-061201]",
                "ANKER_JORGENSEN_ [IGOSCN 910101-911231]",
                "WORLD_BANK_ [IGOUNODEVWBK]",
                "MICROSOFT_ [MNCUSAMED]");
        List<ActorRecord> records = ActorDictionaryReader.read("intl.txt", international).records();
        List<List<String>> rows = new PeopleConverter(codes(), Set.of("KOR")).convert("intl.txt", records, false)
                .stream().map(PeopleConverter.Person::cells).toList();
        assertThat(rows).containsExactly(
                List.of("Ban Ki-moon", "Secretary-General Ban Ki-moon", "-", "UNO", "IGO", "2007-01-01", "-"),
                List.of("Ban Ki-moon", "Secretary-General Ban Ki-moon", "KOR", "-", "GOV", "2004-01-17", "2006-12-01"));
        OrganizationConverter orgs = new OrganizationConverter(codes(), Set.of("CAN"));
        orgs.international("intl.txt", records);
        orgs.armed("countries.txt", ActorDictionaryReader.read("countries.txt", COUNTRIES).records(), false);
        assertThat(orgs.organizations()).extracting(OrganizationConverter.Organization::cells).containsExactly(
                List.of("World Bank", "-", "-", "UNO", "IGO"), List.of("FLQ", "-", "CAN", "-", "OPP"));
    }

    @Test
    void anUnknownRoleCodeNamesFileAndLine() {
        assertThatThrownBy(() -> codes().read("CANXYZ", "countries.txt", 7))
                .hasMessage("countries.txt line 7: unknown CAMEO role code 'XYZ' in [CANXYZ] (map it in cameo-roles.tsv)");
        assertThat(codes().read("CANGOVBUS", "f", 1)).isEqualTo(new CameoCodes.Reading("CAN", null, Role.GOV, true));
        assertThat(codes().read("IGOSCN", "f", 1).org()).isNull();
        assertThat(codes().read("CANFLKGOV", "f", 1).role()).isNull(); // a territory Dyad does not code
    }

    @Test
    void placesAreNamesAdjectivesAndPlacesNeverAnotherStates() {
        List<ActorRecord> records = ActorDictionaryReader.read("countries.txt", COUNTRIES).records();
        PlaceConverter places = new PlaceConverter(codes(), OwnCountries.load(),
                new PlaceClassifier(TsvRows.read("k.tsv", List.of("CAN\tKanada\tname"), 3), Set.of("male"), null));
        assertThat(places.convert(records)).extracting(PlaceConverter.Place::cells).containsExactly(
                List.of("CAN", "Kanada", "name"), List.of("CAN", "New Brunswick", "place"));
        assertThat(places.dropped).containsEntry("names another state in countries.tsv", 1)
                .containsEntry("already in countries.tsv for the same state", 3);
    }

    @Test
    void agentsExpandMacrosAndPlurals() {
        AgentReader.Result r = AgentReader.read("agents.txt", List.of(
                "!PERSON! = MAN, WOMAN",
                "CONGRESS!PERSON! [~LEG]",
                "FOREIGN_MINISTER [~GOVFRM] # jap",
                "POLICE {} [~COP]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
                "SMUGGLER [~CRM]",
                "HUMAN_RIGHTS_BODY  [NGO~]",
                "ISLAMIC_EXTREMIST"));
        assertThat(r.warnings()).containsExactly("agents.txt line 8: skipped 'ISLAMIC_EXTREMIST': no code");
        List<List<String>> rows = new AgentConverter(codes2()).convert("agents.txt", r.agents()).stream()
                .map(AgentConverter.AgentRow::cells).toList();
        assertThat(rows).containsExactly(List.of("congressman", "LEG", "body"), List.of("congresswoman", "LEG", "body"),
                List.of("foreign minister", "GOV", "body"), List.of("foreign ministers", "GOV", "body"),
                List.of("police", "MIL", "body"), List.of("attorney general", "GOV", "body"),
                List.of("attorneys general", "GOV", "body"), List.of("human rights body", "CSO", "body"),
                List.of("human rights bodies", "CSO", "body"));
        assertThatThrownBy(() -> AgentReader.read("agents.txt", List.of("X!NOPE! [~GOV]")))
                .hasMessage("agents.txt line 1: macro !NOPE! is not defined above");
    }

    private static CameoCodes codes2() {
        return new CameoCodes(Map.of(), TsvRows.read("r.tsv", List.of("GOV\tGOV\t", "LEG\tLEG\t", "COP\tMIL\t",
                "CRM\t-\t", "NGO\tCSO\t"), 3), List.of(), Gazetteer.ORG_CODES);
    }

    @Test
    void namesAreTitleCasedAsEnglishWritesThem() {
        assertThat(NameCase.title("COTE_D'IVOIRE", NameCase.Style.PLACE)).isEqualTo("Cote d'Ivoire");
        assertThat(NameCase.title("MAZAR-I-SHARIF_", NameCase.Style.PLACE)).isEqualTo("Mazar-i-Sharif");
        assertThat(NameCase.title("BASHAR_AL-ASSAD", NameCase.Style.PERSON)).isEqualTo("Bashar al-Assad");
        assertThat(NameCase.title("JOHN_MCCAIN", NameCase.Style.PERSON)).isEqualTo("John McCain");
        assertThat(NameCase.title("KIM_JONG-UN", NameCase.Style.KOREAN_PERSON)).isEqualTo("Kim Jong-un");
        assertThat(NameCase.title("Côte_d'Ivoire", NameCase.Style.PLACE)).isEqualTo("Côte d'Ivoire");
        assertThat(NameCase.title("UN_SECRETARY_GENERAL", NameCase.Style.ORGANIZATION)).isEqualTo("UN Secretary General");
    }
}
