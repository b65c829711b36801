package dyad.gdelt;

/**
 * The GDELT tables 'dyad import gdelt' reads, told apart by their number of columns: 2.0 events
 * (61), 1.0 events (57, or 58 with SOURCEURL: its three geographies have no ADM2Code and its
 * DATEADDED is a day) and 2.0 mentions (16).
 */
enum GdeltKind {
    EVENTS_2("GDELT 2.0 events", 8),
    EVENTS_1("GDELT 1.0 events", 7),
    MENTIONS("GDELT 2.0 mentions", 0);

    final String label;
    /** Columns per geography (type, name, country, ADM1, [ADM2], lat, long, feature). */
    final int geoWidth;

    GdeltKind(String label, int geoWidth) {
        this.label = label;
        this.geoWidth = geoWidth;
    }

    /** The kind a row of this many columns is; null for none. */
    static GdeltKind of(int columns) {
        return switch (columns) {
            case 61 -> EVENTS_2;
            case 57, 58 -> EVENTS_1;
            case 16 -> MENTIONS;
            default -> null;
        };
    }

    /** Whether a row of this many columns belongs in a file of this kind. */
    boolean fits(int columns) {
        return of(columns) == this;
    }

    boolean events() {
        return this != MENTIONS;
    }
}
