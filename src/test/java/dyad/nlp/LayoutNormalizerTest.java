package dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutNormalizerTest {

    private final LayoutNormalizer layout = new LayoutNormalizer();

    /** Normalises and checks the contract: same length, each character kept or turned into ' ' or '\n'. */
    private String normalize(String text) {
        String out = layout.normalize(text);
        assertThat(out).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            char c = out.charAt(i);
            if (c != text.charAt(i)) {
                assertThat(c).as("replacement at %d in %s", i, text).isIn(' ', '\n');
            }
        }
        return out;
    }

    /** What the sentence splitter sees: one entry per hard line, runs of spaces collapsed. */
    private List<String> lines(String text) {
        return Arrays.stream(normalize(text).split("\n"))
                .map(line -> line.replaceAll("[ \\t]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    // ---- inline markup ------------------------------------------------------------------

    @Test
    void emphasisAndLinkMarkupBecomeSpacesAndWordsKeepTheirOffsets() {
        String text = "**Bold** text [link](#) here.";
        String out = normalize(text);
        assertThat(out).isEqualTo("  Bold   text  link     here.");
        assertThat(out.indexOf("Bold")).isEqualTo(text.indexOf("Bold")).isEqualTo(2);
        assertThat(out.indexOf("link")).isEqualTo(text.indexOf("link")).isEqualTo(15);
    }

    @Test
    void imagesDisappearEntirely() {
        assertThat(lines("See ![map of the border](map.png) below.")).containsExactly("See below.");
    }

    @Test
    void linkTextMaySpanLinesAndTargetsMayHoldParentheses() {
        assertThat(lines("The [joint\nstatement](https://x.org/a_(b)) was read."))
                .containsExactly("The joint statement was read.");
    }

    @Test
    void referenceLinksKeepTheirTextAndTheirDefinitionsVanish() {
        assertThat(lines("Read [the communiqué][1] today.\n\n[1]: https://example.org/c \"Communiqué\""))
                .containsExactly("Read the communiqué today.");
    }

    @Test
    void bracketsThatAreNotLinksStay() {
        assertThat(lines("restore American [sic] pre-eminence.")).containsExactly("restore American [sic] pre-eminence.");
    }

    @Test
    void singleAndTripleEmphasisAroundWordsIsBlanked() {
        assertThat(normalize("an *urgent* _call_")).isEqualTo("an  urgent   call ");
        assertThat(normalize("***The Group*** said")).isEqualTo("   The Group    said");
        assertThat(lines("*\"Quoted in italics.\"*")).containsExactly("\"Quoted in italics.\"");
    }

    @Test
    void markersInsideWordsOrStandingAloneStay() {
        assertThat(normalize("snake_case and __init__ files")).isEqualTo("snake_case and   init   files");
        assertThat(normalize("a*b*c, 5 * 3 and x_y_z")).isEqualTo("a*b*c, 5 * 3 and x_y_z");
        assertThat(normalize("the President* said")).isEqualTo("the President* said");
    }

    @Test
    void emphasisMayWrapAcrossLinesButNotAcrossParagraphs() {
        assertThat(lines("**Open letter to\nthe Minister**")).containsExactly("Open letter to the Minister");
        assertThat(normalize("**Not closed.\n\nHere**")).isEqualTo("**Not closed.\n\nHere**");
    }

    // ---- line prefixes ------------------------------------------------------------------

    @Test
    void headingMarkersAreBlankedAndHeadingsStandAlone() {
        String text = "## Sanctions ##\nthe minister said";
        assertThat(normalize(text)).isEqualTo("   Sanctions   \nthe minister said");
        assertThat(lines("#hashtag is not a heading")).containsExactly("#hashtag is not a heading");
        assertThat(lines("## Background\n\nthe talks began in May.")).containsExactly("Background", "the talks began in May.");
    }

    @Test
    void listMarkersAreBlankedAndEachItemIsItsOwnLine() {
        String text = """
                We ask you to:
                - recall the envoy
                * suspend the accord
                + consult allies
                1. act now
                2) act together
                  a. and openly
                (b) and soon
                """;
        assertThat(lines(text)).containsExactly("We ask you to:", "recall the envoy", "suspend the accord",
                "consult allies", "act now", "act together", "and openly", "and soon");
        String out = normalize(text);
        assertThat(out.indexOf("recall")).isEqualTo(text.indexOf("recall"));
        assertThat(out).doesNotContain("- ", "* ", "+ ", "1.", "2)", "a.", "(b)");
    }

    @Test
    void aWrappedListItemContinuesOnItsNextLine() {
        assertThat(lines("- Uphold the right of peoples\n  to self-determination;\n- Affirm peace."))
                .containsExactly("Uphold the right of peoples to self-determination;", "Affirm peace.");
    }

    @Test
    void yearsAndDecimalsAtLineStartAreNotListMarkers() {
        assertThat(lines("The talks ended in\n2019. Then nothing.")).containsExactly("The talks ended in 2019. Then nothing.");
        assertThat(lines("Trade grew\n3.5 percent.")).containsExactly("Trade grew 3.5 percent.");
    }

    @Test
    void quoteMarkersAndRulesAreBlanked() {
        assertThat(lines("> The envoy wrote\n> that talks resume.")).containsExactly("The envoy wrote that talks resume.");
        assertThat(lines("Talks resumed in the capital\n---\nnext week the envoys")).containsExactly(
                "Talks resumed in the capital", "next week the envoys");
    }

    // ---- line breaks --------------------------------------------------------------------

    @Test
    void aNewlineInsideASentenceIsSoftAndOneAfterItIsHard() {
        String text = "Canada and Mexico\nsigned the accord.\nThen they left.";
        assertThat(normalize(text)).isEqualTo("Canada and Mexico signed the accord.\nThen they left.");
    }

    @Test
    void everySentenceEndingPunctuationMakesAHardBreak() {
        assertThat(lines("Is it over?\nNo!\nDear Minister:\nWe ask;\nand wait…\nyes"))
                .containsExactly("Is it over?", "No!", "Dear Minister:", "We ask;", "and wait…", "yes");
    }

    @Test
    void closingQuotesAndTrailingEmphasisAfterPunctuationStillEndASentence() {
        assertThat(lines("He said “enough.”\nThen he left.")).containsExactly("He said “enough.”", "Then he left.");
        assertThat(lines("He called it “illegal”\nand left.")).containsExactly("He called it “illegal” and left.");
        assertThat(lines("**Canada must act.**\nWe agree.")).containsExactly("Canada must act.", "We agree.");
    }

    @Test
    void markdownHardBreaksAreSoftInsideASentence() {
        String text = "**Open Letter to the Minister:  \nCanada must act with partners  \nto oppose threats**";
        assertThat(lines(text)).containsExactly("Open Letter to the Minister:", "Canada must act with partners to oppose threats");
    }

    @Test
    void windowsAndOldMacLineEndsWorkLikeNewlines() {
        String text = "Canada and\r\nMexico agreed.\r\nThen\rthey left.\r\n";
        assertThat(normalize(text)).isEqualTo("Canada and  Mexico agreed. \nThen they left. \n");
    }

    @Test
    void aBlankLineIsAParagraphBreak() {
        assertThat(lines("Dear Minister,\n\nIt is urgent.")).containsExactly("Dear Minister,", "It is urgent.");
        assertThat(lines("January 8, 2026\n\nOpen Letter")).containsExactly("January 8, 2026", "Open Letter");
    }

    @Test
    void aSentenceContinuesAcrossABlankLineWhenTheNextParagraphStartsInLowerCase() {
        String text = "They called for unity and\n\n\nexpressed “concern” about it.";
        assertThat(normalize(text)).isEqualTo("They called for unity and   expressed “concern” about it.");
        assertThat(lines("They called for unity and\n\n“expressed concern.”")).containsExactly(
                "They called for unity and “expressed concern.”");
        assertThat(lines("They agreed.\n\nand then left.")).containsExactly("They agreed.", "and then left.");
        assertThat(lines("They called for unity\n\n- and peace")).containsExactly("They called for unity", "and peace");
    }

    // ---- datelines ----------------------------------------------------------------------

    @Test
    void datelinesAreBlankedSoNoSentenceIncludesThem() {
        assertThat(lines("Dec. 1 (Bloomberg) — Canada is seeking ties.")).containsExactly("Canada is seeking ties.");
        assertThat(lines("WASHINGTON (Reuters) - The envoy arrived.")).containsExactly("The envoy arrived.");
        assertThat(lines("OTTAWA, Jan. 5 (AP) — Officials met.")).containsExactly("Officials met.");
        assertThat(lines("CARACAS — Ministers met.")).containsExactly("Ministers met.");
        assertThat(lines("SPRINGFIELD, Ill. (AP) — A delegate spoke.")).containsExactly("A delegate spoke.");
        assertThat(lines("NEW YORK–The council voted.")).containsExactly("The council voted.");
    }

    @Test
    void aDatelineKeepsTheStoryAtItsOffsetAndStartsANewLine() {
        String text = "Photo by a staff photographer\nDec. 1 (Bloomberg) — Canada is seeking ties.";
        String out = normalize(text);
        assertThat(out.indexOf("Canada")).isEqualTo(text.indexOf("Canada"));
        assertThat(lines(text)).containsExactly("Photo by a staff photographer", "Canada is seeking ties.");
    }

    @Test
    void thingsThatLookLikeDatelinesButAreContentStay() {
        assertThat(lines("Jan. 3 — U.S. forces struck.")).containsExactly("Jan. 3 — U.S. forces struck.");
        assertThat(lines("URGENT - please read this.")).containsExactly("URGENT - please read this.");
        assertThat(lines("WASHINGTON-based groups said so.")).containsExactly("WASHINGTON-based groups said so.");
        assertThat(lines("UN — the body — said so.")).containsExactly("UN — the body — said so.");
        assertThat(lines("He said CARACAS — no, Bogotá.")).containsExactly("He said CARACAS — no, Bogotá.");
    }

    @Test
    void datelinesAreReportedAsSpansOfTheOriginalText() {
        String text = "Caption here\nOTTAWA, Jan. 5 (AP) — Officials met.\nWASHINGTON — More.";
        assertThat(layout.datelines(text)).containsExactly(
                new Span("OTTAWA, Jan. 5 (AP) —", 13, 34),
                new Span("WASHINGTON —", 50, 62));
    }

    @Test
    void aByteOrderMarkDoesNotHideAHeadingOnTheFirstLine() {
        assertThat(lines("\uFEFF# Talks\nthe envoys met")).containsExactly("\uFEFF Talks", "the envoys met");
    }

    @Test
    void anyMixOfMarkupKeepsTheContractAndNeverFails() {
        String alphabet = "**__[]()!#-+>.:;1a \n\n\r\t“”\"—AB";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            normalize(text.toString());
        }
    }

    @Test
    void strayMarkupInAHugeParagraphStaysFast() {
        String text = "[(*_ ".repeat(200_000);
        long start = System.nanoTime();
        assertThat(normalize(text)).hasSameSizeAs(text);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void plainTextPassesThroughUnchanged() {
        String text = "Canada restored ties with Venezuela.\nThe envoy returned.";
        assertThat(normalize(text)).isEqualTo(text);
        assertThat(normalize("")).isEmpty();
    }
}
