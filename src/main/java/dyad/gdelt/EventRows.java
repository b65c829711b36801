package dyad.gdelt;

import dyad.model.Role;
import dyad.store.ImportedActor;
import dyad.store.ImportedEvent;

/**
 * A GDELT event row (2.0 or 1.0) → an {@link ImportedEvent}. A row without a GLOBALEVENTID, with a
 * bad SQLDATE or DATEADDED, or with an event code CAMEO does not have is a {@link BadRow}; an actor
 * country or type code the tables do not know is kept as written, without a country or role, and
 * said through {@link Warnings}.
 */
final class EventRows {

    static final String ORIGIN = "gdelt";

    /** Where a row's kept-but-unread codes are told. */
    interface Warnings {
        void warn(String reason, String detail);
    }

    private final CameoTables tables;

    EventRows(CameoTables tables) {
        this.tables = tables;
    }

    ImportedEvent read(TabLine row, GdeltKind kind, Warnings warnings) {
        long id = row.number(0, "GLOBALEVENTID");
        var day = GdeltDates.day(row.text(1), "SQLDATE");
        String code = row.text(26);
        CameoTables.Act act = tables.act(code);
        if (code == null || act == null || !digits(code)) {
            throw new BadRow("unknown event code", "EventCode '" + (code == null ? "" : code) + "'");
        }
        ImportedActor source = actor(row, 5, warnings);
        ImportedActor target = actor(row, 15, warnings);
        int geo = 35;
        int w = kind.geoWidth;
        int latAt = w - 3;
        int dateAdded = geo + 3 * w;
        Integer rootFlag = row.integer(25, "IsRootEvent");
        ImportedEvent.Place action = new ImportedEvent.Place(row.text(geo + 2 * w + 1), row.text(geo + 2 * w + 2),
                row.decimal(geo + 2 * w + latAt, "ActionGeo_Lat"), row.decimal(geo + 2 * w + latAt + 1, "ActionGeo_Long"));
        return new ImportedEvent(ORIGIN, id, day, code, act.type(), act.mode(), rootFlag == null ? null : rootFlag == 1,
                row.integer(29, "QuadClass"), row.decimal(30, "GoldsteinScale"), source, target,
                row.integer(31, "NumMentions"), row.integer(32, "NumSources"), row.integer(33, "NumArticles"),
                row.decimal(34, "AvgTone"), row.text(geo + 2), row.text(geo + w + 2), action,
                GdeltDates.time(row.text(dateAdded), "DATEADDED"),
                row.size() > dateAdded + 1 ? row.text(dateAdded + 1) : null);
    }

    /** The ten actor columns from {@code at}: code, name, country, known group, ethnic, religions, three types. */
    private ImportedActor actor(TabLine row, int at, Warnings warnings) {
        String code = row.text(at);
        String cameoCountry = row.text(at + 2);
        if (code == null && cameoCountry == null) {
            return ImportedActor.NONE;
        }
        String iso3 = null;
        if (cameoCountry != null) {
            CameoTables.Country country = tables.country(cameoCountry);
            if (!country.known()) {
                warnings.warn("unknown actor country code (kept, no country)", "CountryCode '" + cameoCountry + "'");
            }
            iso3 = country.iso3();
        }
        Role role = null;
        for (int t = at + 7; t <= at + 9 && role == null; t++) {
            String type = row.text(t);
            if (type == null) {
                continue;
            }
            if (!tables.knowsRole(type)) {
                warnings.warn("unknown actor type code (kept, no role)", "Type" + (t - at - 6) + "Code '" + type + "'");
            }
            role = tables.role(type);
        }
        return new ImportedActor(code, row.text(at + 1), cameoCountry, iso3, role);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
