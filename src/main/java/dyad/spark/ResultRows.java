package dyad.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What extraction made of one document, one row per line: each record as the JSON line
 * {@code dyad extract} prints for it (kind {@code event}, {@code quote}, {@code letter} or
 * {@code relation}), each note (kind {@code note}), or the one error that stopped it (kind
 * {@code error}). The tables are derived from these rows, so the JSON is written in one place.
 */
final class ResultRows {

    static final String NOTE = "note";
    static final String ERROR = "error";
    static final List<String> RECORD_KINDS = List.of("event", "quote", "letter", "relation");

    /** {@code seq}: the line's place among its document's records (or notes), as {@code extract} prints them. */
    static final StructType SCHEMA = new StructType()
            .add("ord", DataTypes.LongType, false)
            .add("doc", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("seq", DataTypes.IntegerType, false)
            .add("line", DataTypes.StringType, false);

    private ResultRows() {
    }

    static Row record(long ord, String doc, String kind, int seq, String json) {
        return RowFactory.create(ord, doc, kind, seq, json);
    }

    static Row note(long ord, String doc, int seq, String note) {
        return RowFactory.create(ord, doc, NOTE, seq, note);
    }

    static Row error(long ord, String doc, String message) {
        return RowFactory.create(ord, doc, ERROR, 0, message);
    }
}
