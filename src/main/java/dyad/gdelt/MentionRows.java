package dyad.gdelt;

import dyad.store.ImportedMention;

/** A GDELT 2.0 mentions row (16 columns) → an {@link ImportedMention}. */
final class MentionRows {

    private MentionRows() {
    }

    /** A character offset; -1 (GDELT's "not found") when empty. */
    private static int offset(TabLine row, int i, String column) {
        Integer v = row.integer(i, column);
        return v == null ? -1 : v;
    }

    static ImportedMention read(TabLine row) {
        long id = row.number(0, "GLOBALEVENTID");
        String identifier = row.text(5);
        if (identifier == null) {
            throw new BadRow("no MentionIdentifier", "MentionIdentifier ''");
        }
        Integer sentence = row.integer(6, "SentenceID");
        Integer inRaw = row.integer(10, "InRawText");
        return new ImportedMention(EventRows.ORIGIN, id, GdeltDates.time(row.text(1), "EventTimeDate"),
                GdeltDates.time(row.text(2), "MentionTimeDate"), row.integer(3, "MentionType"), row.text(4),
                identifier, sentence == null ? 0 : sentence, offset(row, 7, "Actor1CharOffset"),
                offset(row, 8, "Actor2CharOffset"), offset(row, 9, "ActionCharOffset"),
                inRaw == null ? null : inRaw == 1, row.integer(11, "Confidence"), row.integer(12, "MentionDocLen"),
                row.decimal(13, "MentionDocTone"), row.text(14));
    }
}
