package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedSpanFinderTest {

    private static List<String> texts(String text) {
        List<QuotedSpan> found = QuotedSpanFinder.find(text);
        for (QuotedSpan q : found) {
            assertThat(q.text().text()).isEqualTo(text.substring(q.text().start(), q.text().end()));
        }
        return found.stream().map(q -> q.text().text()).toList();
    }

    @Test
    void curlyDoubleQuoteGivesTheWordsBetweenTheMarksWithOffsets() {
        String text = "She said “we will not back down,” and left.";
        List<QuotedSpan> found = QuotedSpanFinder.find(text);
        assertThat(found).hasSize(1);
        QuotedSpan q = found.get(0);
        assertThat(q.text().text()).isEqualTo("we will not back down,");
        assertThat(q.text().start()).isEqualTo(10);
        assertThat(q.text().end()).isEqualTo(32);
        assertThat(q.markStart()).isEqualTo(9);
        assertThat(q.markEnd()).isEqualTo(33);
        assertThat(q.closed()).isTrue();
    }

    @Test
    void straightDoubleQuotesPairInOrder() {
        assertThat(texts("He said \"yes\" and then \"no.\"")).containsExactly("yes", "no.");
    }

    @Test
    void guillemetsAndLowQuotesAreQuotes() {
        assertThat(texts("Elle a dit «non merci» hier. Er sagte „nein“ dazu."))
                .containsExactly("non merci", "nein");
    }

    @Test
    void apostrophesDoNotOpenQuotes() {
        assertThat(texts("Norway’s envoy says the plan doesn’t work and the ministers’ talks can't resume."))
                .isEmpty();
        assertThat(texts("Norway's view isn't new; the '90s were different.")).isEmpty();
    }

    @Test
    void singleQuotesOpenAtAWordStartAndCloseBeforeANonLetter() {
        assertThat(texts("He called it ‘a farce’, then left.")).containsExactly("a farce");
        assertThat(texts("His aim to 'run the port' alarmed Norway's neighbours.")).containsExactly("run the port");
        assertThat(texts("They called it ‘the region’s best hope’.")).containsExactly("the region’s best hope");
    }

    @Test
    void singleQuotesNestedInADoubleQuoteArePartOfIt() {
        assertThat(texts("“She called it ‘a farce’ and walked out,” he said."))
                .containsExactly("She called it ‘a farce’ and walked out,");
    }

    @Test
    void aQuoteRunsAcrossSentences() {
        assertThat(texts("“We are ready. Nobody gains from delay.” The talks resume."))
                .containsExactly("We are ready. Nobody gains from delay.");
    }

    @Test
    void aQuoteLeftOpenClosesAtItsParagraphEnd() {
        String text = "“The first part goes on.  \n\n“The second part,” she said.";
        List<QuotedSpan> found = QuotedSpanFinder.find(text);
        assertThat(found).extracting(q -> q.text().text())
                .containsExactly("The first part goes on.", "The second part,");
        assertThat(found.get(0).closed()).isFalse();
        assertThat(found.get(0).markEnd()).isEqualTo(found.get(0).text().end());
        assertThat(found.get(1).closed()).isTrue();
    }

    @Test
    void anOpenApostropheDoesNotSwallowTheQuotesAfterIt() {
        assertThat(texts("In the ‘90s she said “yes.”")).containsExactly("yes.");
    }

    @Test
    void aQuoteEndingInAnElisionKeepsIt() {
        assertThat(texts("“We asked for this in 2019 […]” she said.")).containsExactly("We asked for this in 2019 […]");
    }

    @Test
    void markdownEmphasisInsideTheMarksIsKept() {
        assertThat(texts("He stated: \"*Force is never the answer.*\"")).containsExactly("*Force is never the answer.*");
    }

    @Test
    void emptyQuotesAreNotQuotes() {
        assertThat(texts("An empty “” pair and \"\" another.")).isEmpty();
    }

    @Test
    void inTextWithAParagraphPerLineAnOpenQuoteClosesAtTheLineEnd() {
        String text = "He began: “this line runs on without an end\nThe next line is another paragraph.";
        List<QuotedSpan> found = QuotedSpanFinder.find(text);
        assertThat(found).extracting(q -> q.text().text()).containsExactly("this line runs on without an end");
        assertThat(found.get(0).closed()).isFalse();
    }

    @Test
    void inHardWrappedTextAQuoteRunsAcrossLineBreaks() {
        String text = """
                The delegation arrived late in the evening and went straight
                to the ministry. "We came to listen," its head said after the
                meeting. "Nothing was decided today, and nothing will be
                decided without the parliament." The talks resume on Monday
                with a smaller group of advisers from both capitals.
                """;
        assertThat(texts(text)).containsExactly("We came to listen,",
                "Nothing was decided today, and nothing will be\ndecided without the parliament.");
    }
}
