package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheTextAndDropsScriptsStylesAndPageFurniture() throws Exception {
        String html = """
                <html><head><title>Site</title><style>p { color: red }</style></head>
                <body>
                  <header>Site name</header>
                  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
                  <script>var tracking = "Canada";</script>
                  <p>Canada   and
                     Venezuela <b>agreed</b>.</p>
                  <aside>Related: other news</aside>
                  <form><input value="Subscribe"> Subscribe</form>
                  <noscript>Enable scripts</noscript>
                  <footer>© 2026 Site</footer>
                </body></html>
                """;
        assertThat(HtmlText.extract(html)).isEqualTo("Canada and Venezuela agreed.");
    }

    @Test
    void blocksBecomeParagraphsAndLinesBecomeLines() throws Exception {
        String html = "<h1>Talks resume</h1><p>The envoys met.</p><div>They spoke.</div>"
                + "<ul><li>Trade</li><li>Visas</li></ul><p>Line one<br>line two</p>"
                + "<table><tr><td>Canada</td><td>yes</td></tr><tr><td>Peru</td><td>no</td></tr></table>";
        assertThat(HtmlText.extract(html)).isEqualTo("""
                Talks resume

                The envoys met.

                They spoke.

                Trade
                Visas

                Line one
                line two

                Canada yes
                Peru no""");
    }

    @Test
    void twoLineBreaksInARowMakeAParagraph() throws Exception {
        assertThat(HtmlText.extract("First part.<br><br>Second part.")).isEqualTo("First part.\n\nSecond part.");
    }

    @Test
    void keepsTheLineBreaksOfPreformattedText() throws Exception {
        assertThat(HtmlText.extract("<pre>To the Minister\nOttawa</pre>")).isEqualTo("To the Minister\nOttawa");
    }

    @Test
    void decodesEntitiesAndNonBreakingSpaces() throws Exception {
        assertThat(HtmlText.extract("<p>Canada&nbsp;&amp;&nbsp;Peru &mdash; “allies”</p>")).isEqualTo("Canada & Peru — “allies”");
    }

    @Test
    void toleratesMalformedMarkup() throws Exception {
        assertThat(HtmlText.extract("<p>Unclosed <b>bold <div>inner text</p></i>")).isEqualTo("Unclosed bold\n\ninner text");
    }

    @Test
    void refusesAPageWithNoText() {
        assertThatThrownBy(() -> HtmlText.extract("<html><body><script>x()</script><nav>Menu</nav> </body></html>"))
                .isInstanceOf(UnreadableException.class)
                .hasMessage("no text in HTML");
    }

    @Test
    void anArticlePageYieldsItsHeadlineDateAndBodyOnly() throws Exception {
        String text = HtmlText.extract(resource("ingest/article.html"));
        assertThat(text).startsWith("Ottawa moves to restore ties\n\nMarch 3, 2024\n\nOTTAWA (Dyad Wire) — Officials");
        assertThat(text).doesNotContain("Subscribe", "analytics", "Menu", "All rights reserved", "Most read");
        assertThat(new DocumentDater().dateOf(text)).isEqualTo(EventDate.day(LocalDate.of(2024, 3, 3)));
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = HtmlTextTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
