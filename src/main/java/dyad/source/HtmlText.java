package dyad.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page. For an HTML source this text IS the document text:
 * every record offset points into it, never into the markup.
 *
 * <p>Blocks become breaks the {@link dyad.nlp.LayoutNormalizer} understands: a paragraph-like block
 * ends with a blank line, a list item, table row or {@code <br>} with a single newline.
 * Whitespace inside a block collapses to one space, as a browser renders it.
 */
public final class HtmlText {

    /** Page furniture and non-text content: never part of a letter or article. */
    private static final String DROPPED =
            "script, style, nav, footer, aside, form, noscript, template, svg, iframe";

    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
            "main", "header", "ul", "ol", "dl", "table", "pre", "figure", "hr", "address");

    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "figcaption", "caption");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /** Never fails on malformed markup (jsoup repairs it); fails only when no text is left. */
    public static String extract(String html) throws UnreadableException {
        return extract(Jsoup.parse(html));
    }

    /** The text of a parsed page, which this takes apart (read its metadata first: {@link HtmlMeta}). */
    static String extract(org.jsoup.nodes.Document page) throws UnreadableException {
        page.select(DROPPED).remove();
        // A page's own header is furniture; an article's header holds its headline and date.
        for (Element header : page.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        TextBuilder text = new TextBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText(), insidePre(textNode));
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        text.breakLines(2);
                    } else if (LINES.contains(tag)) {
                        text.breakLines(1);
                    } else if (tag.equals("br")) {
                        text.lineBreak();
                    } else if (CELLS.contains(tag)) {
                        text.space();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        text.breakLines(2);
                    } else if (LINES.contains(tag)) {
                        text.breakLines(1);
                    } else if (CELLS.contains(tag)) {
                        text.space();
                    }
                }
            }
        }, page.body());
        String result = text.toString();
        if (result.isBlank()) {
            throw new UnreadableException("no text in HTML");
        }
        return result;
    }

    private static boolean insidePre(TextNode node) {
        for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends text while holding back whitespace and breaks until the next visible
     * character, so output never starts or ends with breaks and never has trailing spaces.
     */
    private static final class TextBuilder {
        private final StringBuilder out = new StringBuilder();
        private int pendingNewlines;
        private boolean pendingSpace;

        void append(String s, boolean preformatted) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (preformatted && c == '\n') {
                    lineBreak();
                } else if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                } else {
                    flush();
                    out.append(c);
                }
            }
        }

        void breakLines(int newlines) {
            pendingNewlines = Math.max(pendingNewlines, newlines);
        }

        /** Two {@code <br>} in a row read as a paragraph break. */
        void lineBreak() {
            pendingNewlines = Math.min(2, pendingNewlines + 1);
        }

        void space() {
            pendingSpace = true;
        }

        private void flush() {
            if (!out.isEmpty()) {
                if (pendingNewlines > 0) {
                    out.append("\n".repeat(pendingNewlines));
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingNewlines = 0;
            pendingSpace = false;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
