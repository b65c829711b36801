package dyad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/** The formats Dyad exports, each with the media type it is served as. */
public enum ExportFormat {
    GDELT("text/tab-separated-values"),
    PLOVER("application/x-ndjson"),
    FTM("application/x-ndjson"),
    CSV("text/csv");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @throws IllegalArgumentException naming the formats there are */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("format must be one of " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList() + ": '" + name + "'");
        }
    }

    RecordWriter writer(Writer out, String kind, CameoCodes codes) throws IOException {
        return switch (this) {
            case GDELT -> new GdeltTsv(out, codes);
            case PLOVER -> new PloverJson(out, codes);
            case FTM -> new FtmJson(out);
            case CSV -> new RecordCsv(out, kind);
        };
    }
}
