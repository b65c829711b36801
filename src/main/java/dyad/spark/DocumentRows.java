package dyad.spark;

import dyad.source.DocumentDater;
import dyad.source.SourceReader;
import dyad.model.Document;
import dyad.model.Metadata;
import dyad.model.EventDate;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Documents as rows: what the job extracts, and its {@code documents} table. {@code ord} is
 * the input order, which {@code records.jsonl} follows; {@code published} is a date as
 * {@code --doc-date} takes it (YYYY, YYYY-MM or YYYY-MM-DD), or null to find one in the text.
 */
final class DocumentRows {

    static final StructType SCHEMA = new StructType()
            .add("ord", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true);

    private DocumentRows() {
    }

    /** A document read on the driver, dated already (an unknown date stays null and is found again, in vain, from its text). */
    static Row row(long ord, Document doc) {
        return RowFactory.create(ord, doc.id(), doc.text(), doc.date().value(), doc.meta().title(), doc.meta().url());
    }

    static long ord(Row row) {
        return row.getLong(0);
    }

    /** How an error names the row: its id, or its place in the input when it has none. */
    static String name(Row row) {
        String id = row.getString(1);
        return id == null || id.isBlank() ? "row " + ord(row) : id;
    }

    /**
     * The document a row holds, held to the limits the file readers keep.
     *
     * @throws IllegalArgumentException why the row is no document, as {@code cannot read 'NAME': WHY} ends
     */
    static Document document(Row row, DocumentDater dater) {
        String id = row.getString(1);
        String text = row.getString(2);
        String published = row.getString(3);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        if (text == null) {
            throw new IllegalArgumentException("no text");
        }
        if (text.length() > SourceReader.DEFAULT_MAX_CHARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "text too long (%,d characters > %,d limit)",
                    text.length(), SourceReader.DEFAULT_MAX_CHARS));
        }
        EventDate date;
        if (published == null || published.isBlank()) {
            date = dater.dateOf(text);
        } else {
            try {
                date = DocumentDater.parseUserDate(published);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("published '" + published + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        // A table gives a title and a link; a folder's catalog or pages give more, of which the rows keep these two.
        return new Document(id, text, date, new Metadata(row.getString(4), null, null, row.getString(5), null, null));
    }
}
