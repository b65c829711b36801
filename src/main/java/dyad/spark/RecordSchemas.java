package dyad.spark;

import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of each record table: the fields of the record's JSON (shared/spec/records.md)
 * as Parquet structs and lists, read from the JSON line with {@code from_json}. docs/spark.md
 * shows them; a field added to a record is added here too, or it is left out of the columns
 * (never out of the {@code json} column, which keeps the whole line).
 */
final class RecordSchemas {

    static final StructType DATE = new StructType()
            .add("value", DataTypes.StringType)
            .add("precision", DataTypes.StringType);

    static final StructType SPAN = new StructType()
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    static final StructType ACTOR = new StructType()
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("name", DataTypes.StringType)
            .add("country", DataTypes.StringType)
            .add("org", DataTypes.StringType)
            .add("role", DataTypes.StringType);

    static final StructType EVENT = new StructType()
            .add("type", DataTypes.StringType)
            .add("mode", DataTypes.StringType)
            .add("source", ACTOR)
            .add("target", ACTOR)
            .add("date", DATE)
            .add("modality", DataTypes.StringType)
            .add("evidence", SPAN);

    static final StructType QUOTE = new StructType()
            .add("speaker", ACTOR)
            .add("verb", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    static final StructType DEMAND = new StructType()
            .add("n", DataTypes.IntegerType)
            .add("summary", DataTypes.StringType)
            .add("addressee", ACTOR)
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    static final StructType REFERENCE = new StructType()
            .add("date", DATE)
            .add("recipients", list(ACTOR))
            .add("replied", DataTypes.BooleanType);

    static final StructType LETTER = new StructType()
            .add("date", DATE)
            .add("authors", list(ACTOR))
            .add("recipients", list(ACTOR))
            .add("demands", list(DEMAND))
            .add("references", list(REFERENCE));

    static final StructType RELATION = new StructType()
            .add("pair", list(DataTypes.StringType))
            .add("attribute", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("date", DATE)
            .add("evidence", SPAN);

    /** The fields of each record kind, past {@code kind} and {@code doc} (columns of every table). */
    static final Map<String, StructType> BY_KIND = Map.of(
            "event", EVENT, "quote", QUOTE, "letter", LETTER, "relation", RELATION);

    private RecordSchemas() {
    }

    private static ArrayType list(DataType element) {
        return DataTypes.createArrayType(element);
    }
}
