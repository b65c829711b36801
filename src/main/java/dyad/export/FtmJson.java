package dyad.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Json;
import dyad.model.Metadata;
import dyad.model.Role;
import dyad.store.DocumentInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Events as FollowTheMoney entities, one JSON object a line ({@code id}, {@code schema},
 * {@code properties} of lists of strings): each document an {@code Article}, each actor a
 * {@code PublicBody} (a state's government, forces, legislature, courts) or an {@code Organization},
 * each event an {@code Event} whose {@code organizer} is its source, {@code involved} both parties,
 * {@code proof} the article and {@code description} the evidence and its offsets; each sanction
 * imposed (a SANCTION event of mode sanction or embargo, asserted) also a {@code Sanction} on the
 * target. Ids are stable ("dyad-" and a hash of what the entity is), so exports merge. Countries
 * are ISO 3166-1 alpha-2 and languages ISO 639-3, as FtM's types want.
 */
final class FtmJson implements RecordWriter {

    private static final Set<Role> PUBLIC = Set.of(Role.GOV, Role.MIL, Role.LEG, Role.JUD);
    private static final Map<String, String> ISO2 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            try {
                ISO2.put(new Locale("", iso2).getISO3Country(), iso2.toLowerCase(Locale.ROOT));
            } catch (MissingResourceException e) {
                // a country with no three-letter code: nothing to map
            }
        }
    }

    private final Writer out;
    private final Set<String> written = new HashSet<>();

    FtmJson(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Exported exported) throws IOException {
        Event e = (Event) exported.record();
        String article = article(exported.doc());
        String source = actor(e.source());
        String target = actor(e.target());
        EventDate date = ExportFilter.dateOf(e, exported.doc());
        String where = "characters " + e.evidence().start() + "-" + e.evidence().end() + " of " + exported.doc().name();
        ObjectNode event = entity("dyad-event-" + exported.id(), "Event");
        ObjectNode p = (ObjectNode) event.get("properties");
        put(p, "name", e.type() + (e.mode() == null ? "" : " (" + e.mode() + ")") + ": " + label(e.source()) + " → " + label(e.target()));
        put(p, "summary", e.evidence().text());
        put(p, "description", e.modality().name().toLowerCase(Locale.ROOT) + ", told at " + where);
        put(p, "date", date.known() ? date.value() : null);
        put(p, "organizer", source);
        put(p, "involved", source);
        put(p, "involved", target);
        put(p, "country", iso2(e.source().country()));
        put(p, "country", iso2(e.target().country()));
        put(p, "proof", article);
        put(p, "sourceUrl", exported.doc().meta().url());
        emit(event);
        if (target != null && e.type() == dyad.model.PloverType.SANCTION && e.modality() == dyad.model.Modality.ASSERTED
                && ("sanction".equals(e.mode()) || "embargo".equals(e.mode()))) {
            ObjectNode sanction = entity("dyad-sanction-" + exported.id(), "Sanction");
            ObjectNode s = (ObjectNode) sanction.get("properties");
            put(s, "entity", target);
            put(s, "authority", label(e.source()));
            put(s, "program", e.mode());
            put(s, "startDate", date.known() ? date.value() : null);
            put(s, "reason", e.evidence().text());
            put(s, "summary", "told at " + where);
            put(s, "country", iso2(e.source().country()));
            put(s, "sourceUrl", exported.doc().meta().url());
            emit(sanction);
        }
    }

    private String article(DocumentInfo doc) throws IOException {
        String id = "dyad-doc-" + doc.hash().substring(0, 16);
        if (written.add(id)) {
            Metadata meta = doc.meta();
            ObjectNode a = entity(id, "Article");
            ObjectNode p = (ObjectNode) a.get("properties");
            put(p, "title", doc.label());
            put(p, "fileName", doc.name());
            put(p, "publisher", meta.publisher());
            put(p, "author", meta.author());
            put(p, "publishedAt", doc.date().known() ? doc.date().value() : null);
            put(p, "language", language(meta.language()));
            put(p, "sourceUrl", meta.url());
            emit(a);
        }
        return id;
    }

    /** The actor's entity id, written the first time it is met; null for a party with no state, body or name. */
    private String actor(Actor a) throws IOException {
        if (a.name() == null && a.country() == null && a.org() == null) {
            return null;
        }
        String key = label(a) + "|" + a.country() + "|" + a.org() + "|" + a.role();
        String id = "dyad-actor-" + dyad.store.ContentHash.of(key).substring(0, 16);
        if (written.add(id)) {
            ObjectNode entity = entity(id, a.role() != null && PUBLIC.contains(a.role()) && a.country() != null
                    ? "PublicBody" : "Organization");
            ObjectNode p = (ObjectNode) entity.get("properties");
            put(p, "name", label(a));
            put(p, "country", iso2(a.country()));
            emit(entity);
        }
        return id;
    }

    private static String label(Actor a) {
        return a.name() != null ? a.name() : a.text() != null ? a.text() : a.country() != null ? a.country() : a.org();
    }

    private static String iso2(String iso3) {
        return iso3 == null ? null : ISO2.get(iso3);
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        try {
            String three = Locale.forLanguageTag(tag).getISO3Language();
            return three.isEmpty() ? null : three;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static ObjectNode entity(String id, String schema) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("schema", schema);
        o.putObject("properties");
        return o;
    }

    /** FtM properties are lists of strings; a value that is not known is left out, and a repeat is not added. */
    private static void put(ObjectNode properties, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var list = properties.has(name) ? (com.fasterxml.jackson.databind.node.ArrayNode) properties.get(name)
                : properties.putArray(name);
        for (var v : list) {
            if (v.asText().equals(value)) {
                return;
            }
        }
        list.add(value);
    }

    private void emit(ObjectNode entity) throws IOException {
        out.write(Json.line(entity));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
