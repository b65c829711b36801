package dyad.store;

import dyad.model.PloverType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An event imported from other event data (origin "gdelt"), stored apart from Dyad's own events and
 * keyed by origin and the origin's id (GDELT's GLOBALEVENTID; for PLOVER JSON, whose ids are text, a
 * 63-bit hash of the id). {@code cameo} is the event code as written (null when the origin has none); {@code type} and {@code mode} what Dyad reads from it (type null: an act Dyad codes no
 * event for, such as CAMEO 01x statements). The geo country codes are FIPS 10-4, as GDELT has them.
 * Every other field may be null when the source left it empty.
 */
public record ImportedEvent(String origin, long originId, LocalDate day, String cameo, PloverType type, String mode,
                            Boolean rootEvent, Integer quad, Double goldstein, ImportedActor source, ImportedActor target,
                            Integer numMentions, Integer numSources, Integer numArticles, Double avgTone,
                            String sourceGeoCountry, String targetGeoCountry, Place actionGeo,
                            LocalDateTime dateAdded, String url) {

    /** A place as the origin located it: its name, FIPS country code and coordinates. */
    public record Place(String name, String country, Double lat, Double lon) {
        public static final Place NONE = new Place(null, null, null, null);
    }

    public ImportedEvent {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(day, "day");
        source = source == null ? ImportedActor.NONE : source;
        target = target == null ? ImportedActor.NONE : target;
        actionGeo = actionGeo == null ? Place.NONE : actionGeo;
    }
}
