package dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoVerbReaderTest {

    static final List<String> VERBS = List.of(
            "# a comment",
            "&CURRENCY",
            "+DOLLAR",
            "+CASH_",
            "",
            "&WEAPON_",
            "+ROCKET LAUNCHER",
            "",
            "####### VERB PATTERNS #######",
            "---  ASK   [---]  ---",
            "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]",
            "ASK     [020]",
            "QUERY {QUERYING QUERIES QUERIED }",
            "- * {HUMANITARIAN AID}                [0233]   # ASK",
            "- * (FOR {FINANCIAL AID})             [0231]   # ASKED",
            "- * &CURRENCY                          [0231]   # QUERIED",
            "- * OFF (FOR)                          [042:043] # ASK",
            "- * (BEFORE COURT)                     [:173]   # ASK",
            "- * RALLIES                            [141]",
            "~ a (a b ATTACK) SAY = a b 015",
            "---  GRANT   [070]  ---",
            "GIVE {GAVE GIVEN }  # jw 11/14/91",
            "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93",
            "- * &WEAPON [072] # GAVE");

    @Test
    void readsSetsBlocksVerbsFormsAndPatterns() {
        VerbDictionary d = CameoVerbReader.read("verbs.txt", VERBS);
        assertThat(d.synsets()).containsEntry("CURRENCY", List.of("dollar", "cash"))
                .containsEntry("WEAPON", List.of("rocket launcher"));
        assertThat(d.blocks()).extracting(VerbDictionary.Block::name).containsExactly("ASK", "GRANT");
        VerbDictionary.Block ask = d.blocks().get(0);
        assertThat(ask.code()).isEqualTo("---");
        assertThat(ask.verbs().get(0).words()).containsExactly("ASK", "FOR");
        assertThat(ask.verbs().get(0).code()).isEqualTo("020");
        assertThat(ask.verbs().get(2).forms()).contains(List.of("QUERIED"));
        assertThat(ask.patterns()).extracting(VerbDictionary.Pattern::code)
                .containsExactly("0233", "0231", "0231", "042:043", ":173", "141");
        assertThat(ask.patterns().get(5).verb()).isNull();
        assertThat(d.blocks().get(1).verbs()).hasSize(2);
        assertThat(d.transformations()).isEqualTo(1);
    }

    @Test
    void aLineThatIsNothingNamesFileAndLine() {
        assertThatThrownBy(() -> CameoVerbReader.read("verbs.txt", List.of("---  ASK   [---]  ---", "ask me anything")))
                .hasMessage("verbs.txt line 2: a verb line is 'VERB {FORMS} [code]': ask me anything");
        assertThatThrownBy(() -> CameoVerbReader.read("verbs.txt", List.of("---  ASK   [---]  ---", "- * AID [07x]")))
                .hasMessage("verbs.txt line 2: not a CAMEO event code: [07x]");
        assertThatThrownBy(() -> CameoVerbReader.read("verbs.txt", List.of("- * AID [070]")))
                .hasMessage("verbs.txt line 1: a pattern outside a verb block");
    }

    @Test
    void patternsRequireTheirHeadWords() {
        PatternHeads heads = new PatternHeads(CameoVerbReader.read("verbs.txt", VERBS).synsets());
        assertThat(heads.of("* {HUMANITARIAN AID}")).containsExactly("aid");
        assertThat(heads.of("* (FOR {FINANCIAL AID})")).containsExactly("aid");
        assertThat(heads.of("* &CURRENCY")).containsExactly("dollar", "cash");
        assertThat(heads.of("* &WEAPON")).containsExactly("launcher");
        assertThat(heads.of("* OUT VIEWS")).containsExactly("views", "view");
        assertThat(heads.of("* RALLIES")).containsExactly("rallies", "rally");
        assertThat(heads.of("* (TO A VOTE)")).containsExactly("vote");
        assertThat(heads.of("* (IN BOMBING/EXPLOSION)")).containsExactly("bombing", "explosion");
        assertThat(heads.of("&MILITARY * (TO)")).isEmpty();
        assertThat(heads.of("* OFF (FROM ^)")).isEmpty();
        assertThat(heads.of("* HIMSELF (ON FIRE)")).containsExactly("fire");
    }
}
