package dyad.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.EventDate;
import dyad.model.Metadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says of itself: a news article's JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code Report}…), else its Open Graph and {@code article:} meta tags, else {@code <title>},
 * {@code <meta name=author>}, the canonical link and {@code <html lang>}. Malformed JSON-LD is
 * passed over, never an error: the tags still speak.
 */
final class HtmlMeta {

    /** A page's metadata and publication date ({@link EventDate#UNKNOWN} when it gives none). */
    record Page(Metadata meta, EventDate published) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "report", "blogposting", "webpage");

    private HtmlMeta() {
    }

    static Page of(Document page) {
        return of(page, Metadata.NONE);
    }

    /**
     * As {@link #of(Document)}, with what someone else says of the page (a feed item linking to it)
     * between the page's own tags and its bare {@code <title>}: a JSON-LD headline or {@code og:title}
     * beats the item's title, which beats a {@code <title>} that often carries the site's name too.
     */
    static Page of(Document page, Metadata given) {
        JsonNode article = article(page);
        Metadata fromJsonLd = article == null ? Metadata.NONE : new Metadata(text(article, "headline"),
                name(article.get("publisher")), name(article.get("author")), text(article, "url"),
                text(article, "inLanguage"), text(article, "articleSection"));
        Metadata fromTags = new Metadata(meta(page, "og:title"), meta(page, "og:site_name"),
                first(meta(page, "article:author"), meta(page, "author")), first(meta(page, "og:url"), canonical(page)),
                page.selectFirst("html[lang]") == null ? null : page.selectFirst("html[lang]").attr("lang"),
                meta(page, "article:section"));
        Metadata fromHead = new Metadata(page.title(), null, null, null, null, null);
        EventDate published = date(article == null ? null : text(article, "datePublished"));
        if (!published.known()) {
            published = date(first(meta(page, "article:published_time"), meta(page, "date")));
        }
        return new Page(fromJsonLd.over(fromTags).over(given).over(fromHead), published);
    }

    /** The first JSON-LD object of an article type, looking inside lists and {@code @graph}. */
    private static JsonNode article(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> nodes = new ArrayList<>();
                collect(JSON.readTree(script.data()), nodes);
                for (JsonNode node : nodes) {
                    if (ARTICLE_TYPES.contains(node.path("@type").asText("").toLowerCase(Locale.ROOT))) {
                        return node;
                    }
                }
            } catch (java.io.IOException e) {
                // A page's broken JSON-LD is the publisher's slip; its meta tags are read instead.
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    /** A person's or organisation's name: a string, an object with {@code name}, or the first of a list. */
    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isTextual() ? node.asText() : text(node, "name");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String meta(Document page, String key) {
        Element tag = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return tag == null ? null : tag.attr("content");
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical]");
        return link == null ? null : link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** "2024-03-05T10:00:00Z", "2024-03-05": the day it names; anything else is no date. */
    private static EventDate date(String value) {
        if (value == null || value.length() < 10) {
            return EventDate.UNKNOWN;
        }
        try {
            return EventDate.day(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return EventDate.UNKNOWN;
        }
    }
}
