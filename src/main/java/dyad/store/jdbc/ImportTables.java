package dyad.store.jdbc;

import dyad.model.Role;
import dyad.store.ImportedActor;
import dyad.store.ImportedEvent;
import dyad.store.ImportedMention;

/**
 * The tables of imported events and mentions (db/migration/{duckdb,postgresql}/V20), their column
 * order, the per-connection staging tables a write copies into first, and how a record becomes a row.
 */
final class ImportTables {

    private ImportTables() {
    }

    static final Table EVENTS = Table.of("imported_events", "origin", "origin_id", "day", "month", "cameo", "type",
            "mode", "root_event", "quad", "goldstein", actor("source"), actor("target"), "num_mentions",
            "num_sources", "num_articles", "avg_tone", "source_geo_country", "target_geo_country",
            "action_geo_country", "action_geo_name", "action_geo_lat", "action_geo_long", "date_added", "url");

    static final Table MENTIONS = Table.of("imported_mentions", "origin", "event_id", "event_time", "mention_time",
            "mention_type", "source_name", "identifier", "sentence_id", "actor1_offset", "actor2_offset",
            "action_offset", "in_raw_text", "confidence", "doc_length", "doc_tone", "translation");

    static final Table STAGE_EVENTS = new Table("dyad_stage_imported_events", EVENTS.columns());
    static final Table STAGE_MENTIONS = new Table("dyad_stage_imported_mentions", MENTIONS.columns());

    /** What identifies a row: a second row with the same key is not stored. */
    static final String EVENT_KEY = "origin, origin_id";
    static final String MENTION_KEY = "origin, event_id, identifier, sentence_id, actor1_offset, actor2_offset, action_offset";

    private static java.util.List<String> actor(String prefix) {
        return java.util.List.of(prefix + "_code", prefix + "_name", prefix + "_cameo_country", prefix + "_country",
                prefix + "_role");
    }

    static void write(RowWriter w, ImportedEvent e) {
        w.str(e.origin()).num(e.originId()).date(e.day()).num(e.day().getYear() * 100 + e.day().getMonthValue())
                .str(e.cameo()).str(e.type() == null ? null : e.type().name()).str(e.mode()).bool(e.rootEvent())
                .num(e.quad()).dbl(e.goldstein());
        actor(w, e.source());
        actor(w, e.target());
        w.num(e.numMentions()).num(e.numSources()).num(e.numArticles()).dbl(e.avgTone())
                .str(e.sourceGeoCountry()).str(e.targetGeoCountry())
                .str(e.actionGeo().country()).str(e.actionGeo().name()).dbl(e.actionGeo().lat()).dbl(e.actionGeo().lon())
                .timestamp(e.dateAdded()).str(e.url());
        w.end();
    }

    private static void actor(RowWriter w, ImportedActor a) {
        Role role = a.role();
        w.str(a.code()).str(a.name()).str(a.sourceCountry()).str(a.country()).str(role == null ? null : role.name());
    }

    static void write(RowWriter w, ImportedMention m) {
        w.str(m.origin()).num(m.eventId()).timestamp(m.eventTime()).timestamp(m.mentionTime()).num(m.mentionType())
                .str(m.sourceName()).str(m.identifier()).num(m.sentenceId()).num((long) m.actor1Offset())
                .num((long) m.actor2Offset()).num((long) m.actionOffset()).bool(m.inRawText()).num(m.confidence())
                .num(m.docLength()).dbl(m.docTone()).str(m.translation());
        w.end();
    }
}
