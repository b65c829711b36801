package dyad.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Json;
import dyad.model.Metadata;
import java.io.IOException;
import java.io.Writer;

/**
 * Events as PLOVER JSON Lines, the fields of the PLOVER manual's "Data Fields" chapter: {@code id},
 * {@code date} (the first day of the event's date, with {@code date_precision} beside it),
 * {@code actor} and {@code recipient} (code, sector, entity text), {@code event}, {@code mode},
 * {@code quad_code}, {@code event_text}, {@code text_info} (the evidence's offsets) and
 * {@code cite_info} (the document's title, link, publisher, language). Dyad's modality rides in
 * {@code dyad_modality}, a named field beyond the standard ones as the manual allows.
 */
final class PloverJson implements RecordWriter {

    private final Writer out;
    private final CameoCodes codes;

    PloverJson(Writer out, CameoCodes codes) {
        this.out = out;
        this.codes = codes;
    }

    @Override
    public void write(Exported exported) throws IOException {
        Event e = (Event) exported.record();
        EventDate date = ExportFilter.dateOf(e, exported.doc());
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", "dyad-" + exported.id());
        o.put("date", date.known() ? date.firstDay().toString() : null);
        o.put("date_precision", date.precision().name().toLowerCase(java.util.Locale.ROOT));
        o.set("actor", entities(e.source()));
        o.set("recipient", entities(e.target()));
        o.putArray("event").add(e.type().name());
        ArrayNode mode = o.putArray("mode");
        if (e.mode() != null) {
            mode.add(e.mode());
        }
        o.put("quad_code", codes.of(e).quad());
        o.putArray("event_text").add(e.evidence().text());
        ObjectNode textInfo = o.putObject("text_info");
        textInfo.put("start", e.evidence().start());
        textInfo.put("end", e.evidence().end());
        Metadata meta = exported.doc().meta();
        ObjectNode cite = o.putObject("cite_info");
        cite.put("corpus", "dyad");
        cite.put("citation", exported.doc().name());
        cite.put("url", meta.url());
        cite.put("title", meta.title());
        cite.put("language", meta.language());
        cite.put("publication", meta.publisher());
        cite.put("coder", "dyad");
        cite.put("codebook", "plover");
        o.put("dyad_modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
        out.write(Json.line(o));
        out.write('\n');
    }

    private static ArrayNode entities(Actor a) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        if (a.country() == null && a.org() == null && a.name() == null) {
            return list;
        }
        ObjectNode entity = list.addObject();
        entity.put("code", a.country() != null ? a.country() : a.org());
        entity.put("sector", a.role() == null ? null : a.role().name());
        entity.put("entity_text", a.text());
        entity.put("identifier_text", a.name());
        return list;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
