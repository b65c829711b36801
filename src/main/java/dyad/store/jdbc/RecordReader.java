package dyad.store.jdbc;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Relation;
import dyad.store.RecordKey;
import dyad.store.Stored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads stored rows back into records, on a connection the repository opened: the rows of a
 * table matching a condition (and an ORDER BY / LIMIT tail), each record named by its
 * document's name and keyed by (document id, position), its evidence rebuilt from the document
 * text where only offsets were stored.
 */
final class RecordReader {

    private RecordReader() {
    }

    /** id → {hash, name} of the documents matching a condition on the documents table. */
    static Map<Long, String[]> documentNames(Connection c, String condition, List<Object> params)
            throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash, name FROM documents WHERE " + condition)) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    /** The texts of these documents, by id. */
    static Map<Long, String> documentTexts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(ids.stream().distinct().toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM documents WHERE id IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    static Map<Long, String[]> documentNames(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(ids.stream().distinct().toList());
        return documentNames(c, "id IN (" + Where.markers(params.size()) + ")", params);
    }

    static List<Stored<Event>> events(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.EVENTS.columnList() + " FROM events"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), PloverType.valueOf(rs.getString("type")),
                            rs.getString("mode"), Rows.actor(rs, "source"), Rows.actor(rs, "target"), Rows.date(rs, "date"),
                            modality(rs.getString("modality")), rs.getString("evidence_text"), rs.getInt("evidence_start"),
                            rs.getInt("evidence_end")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        // Evidence stored as offsets only is the document's text at those offsets.
        Map<Long, String> texts = documentTexts(c, rows.stream().filter(r -> r[8] == null).map(r -> (Long) r[0]).toList());
        List<Stored<Event>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            int start = (Integer) r[9];
            int end = (Integer) r[10];
            String evidence = r[8] != null ? (String) r[8] : texts.get((Long) r[0]).substring(start, end);
            Event e = new Event(doc[1], (PloverType) r[2], (String) r[3], (Actor) r[4], (Actor) r[5],
                    (dyad.model.EventDate) r[6], (Modality) r[7], new dyad.model.Span(evidence, start, end));
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], e));
        }
        return out;
    }

    static Modality modality(String code) {
        return Modality.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static List<Stored<Quote>> quotes(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.QUOTES.columnList() + " FROM quotes"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), Rows.actor(rs, "speaker"),
                            rs.getString("verb"), rs.getString("quote_text"), rs.getInt("quote_start"), rs.getInt("quote_end")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Quote>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            Quote q = new Quote(doc[1], (Actor) r[2], (String) r[3], (String) r[4], (Integer) r[5], (Integer) r[6]);
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], q));
        }
        return out;
    }

    static List<Stored<Letter>> letters(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, n, date_value, date_precision FROM letters"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), Rows.date(rs, "date")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Letter>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long doc = (Long) r[0];
            int n = (Integer) r[1];
            out.add(new Stored<>(new RecordKey(doc, n), docs.get(doc)[0], letter(c, doc, n, docs.get(doc)[1],
                    (dyad.model.EventDate) r[2])));
        }
        return out;
    }

    static Letter letter(Connection c, long doc, int n, String name, dyad.model.EventDate date) throws SQLException {
        List<Actor> authors = new ArrayList<>();
        List<Actor> recipients = new ArrayList<>();
        Map<Integer, List<Actor>> referenceRecipients = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.LETTER_ACTORS.columnList()
                + " FROM letter_actors WHERE document_id = ? AND letter_n = ? ORDER BY part, reference_pos, pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Actor a = Rows.actor(rs, "actor");
                    switch (rs.getString("part")) {
                        case RecordRows.AUTHOR -> authors.add(a);
                        case RecordRows.RECIPIENT -> recipients.add(a);
                        default -> referenceRecipients.computeIfAbsent(rs.getInt("reference_pos"), k -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        List<Demand> demands = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.DEMANDS.columnList()
                + " FROM demands WHERE document_id = ? AND letter_n = ? ORDER BY pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    demands.add(new Demand(rs.getInt("number"), rs.getString("summary"), Rows.actor(rs, "addressee"),
                            rs.getString("demand_text"), rs.getInt("demand_start"), rs.getInt("demand_end")));
                }
            }
        }
        List<LetterReference> references = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pos, date_value, date_precision, replied"
                + " FROM letter_references WHERE document_id = ? AND letter_n = ? ORDER BY pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.add(new LetterReference(Rows.date(rs, "date"),
                            referenceRecipients.getOrDefault(rs.getInt("pos"), List.of()), Rows.boolOrNull(rs, "replied")));
                }
            }
        }
        return new Letter(name, date, authors, recipients, demands, references);
    }

    static List<Stored<Relation>> relations(Connection c, Where where) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.RELATIONS.columnList() + " FROM relations"
                + where.sql() + " ORDER BY date_start NULLS LAST, document_id, n")) {
            Where.bind(ps, 1, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"),
                            List.of(rs.getString("country_a"), rs.getString("country_b")), rs.getString("attribute"),
                            rs.getString("state"), Rows.date(rs, "date"), Rows.span(rs, "evidence")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Relation>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            @SuppressWarnings("unchecked")
            List<String> pair = (List<String>) r[2];
            Relation rel = new Relation(doc[1], pair, (String) r[3], (String) r[4], (dyad.model.EventDate) r[5],
                    (dyad.model.Span) r[6]);
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], rel));
        }
        return out;
    }
}
