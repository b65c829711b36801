package dyad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A synthetic GDELT 2.0 events file: every row 61 tab-separated columns as GDELT fills them (actors
 * with a CAMEO country and type code, event codes across the 20 roots, Goldstein, counts, tone, three
 * geographies with FIPS codes and coordinates, DATEADDED, a URL), drawn from a seeded generator so
 * two runs write the same bytes. About 330 bytes a row, as GDELT's own files.
 */
public final class SyntheticGdelt {

    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "PAK", "ISR", "IRN",
            "UKR", "TUR", "SYR", "JPN", "KOR", "PRK", "CAN", "VEN", "BRA", "MEX", "NGA", "ZAF", "EGY", "SAU", "AUS",
            "ROM", "AFR", "EUR"};
    private static final String[] FIPS = {"US", "CH", "RS", "UK", "FR", "GM", "IN", "PK", "IS", "IR", "UP", "TU",
            "SY", "JA", "KS", "KN", "CA", "VE", "BR", "MX", "NI", "SF", "EG", "SA", "AS", "RO", "", ""};
    private static final String[] TYPES = {"GOV", "MIL", "OPP", "REB", "BUS", "MED", "CVL", "JUD", "LEG", ""};
    private static final String[] CODES = {"010", "012", "020", "0233", "036", "040", "042", "043", "046", "051", "057",
            "061", "071", "0871", "090", "100", "111", "112", "120", "130", "138", "141", "145", "163", "172", "173",
            "180", "190", "193", "195", "200"};

    private SyntheticGdelt() {
    }

    /** Writes {@code rows} rows to {@code file}; returns its size in bytes. */
    public static long write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder row = new StringBuilder(512);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < rows; i++) {
                row.setLength(0);
                row(row, 900_000_000L + i, random);
                out.append(row);
            }
        }
        return Files.size(file);
    }

    private static void row(StringBuilder r, long id, SplittableRandom random) {
        int year = 2015 + random.nextInt(11);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String date = String.format("%04d%02d%02d", year, month, day);
        int a = random.nextInt(COUNTRIES.length);
        int b = random.nextInt(COUNTRIES.length);
        String code = CODES[random.nextInt(CODES.length)];
        r.append(id).append('\t').append(date).append('\t').append(date, 0, 6).append('\t').append(year).append('\t')
                .append(year).append('.').append(String.format("%04d", (month * 30 + day) * 10000 / 366)).append('\t');
        actor(r, COUNTRIES[a], TYPES[random.nextInt(TYPES.length)]);
        actor(r, COUNTRIES[b], TYPES[random.nextInt(TYPES.length)]);
        r.append(random.nextInt(2)).append('\t').append(code).append('\t').append(code, 0, 3).append('\t')
                .append(code, 0, 2).append('\t').append(1 + random.nextInt(4)).append('\t')
                .append(random.nextInt(-100, 101) / 10.0).append('\t');
        int mentions = 1 + random.nextInt(20);
        r.append(mentions).append('\t').append(1 + random.nextInt(mentions)).append('\t').append(mentions).append('\t')
                .append(random.nextDouble(-10, 10)).append('\t');
        geo(r, a, random);
        geo(r, b, random);
        geo(r, random.nextBoolean() ? a : b, random);
        r.append(date).append("120000\thttps://news.example.org/").append(date).append('/').append(id).append(".html\n");
    }

    private static void actor(StringBuilder r, String country, String type) {
        r.append(country).append(type).append('\t').append(country).append('\t').append(country).append("\t\t\t\t\t")
                .append(type).append("\t\t\t");
    }

    private static void geo(StringBuilder r, int country, SplittableRandom random) {
        String fips = FIPS[country];
        if (fips.isEmpty()) {
            r.append("0\t\t\t\t\t\t\t\t");
            return;
        }
        r.append(random.nextInt(1, 5)).append('\t').append("Place ").append(country).append(", Country ").append(fips)
                .append('\t').append(fips).append('\t').append(fips).append("0").append(random.nextInt(10)).append('\t')
                .append(random.nextInt(100_000)).append('\t').append(random.nextInt(-90, 90)).append('.')
                .append(random.nextInt(10_000)).append('\t').append(random.nextInt(-180, 180)).append('.')
                .append(random.nextInt(10_000)).append('\t').append(-random.nextInt(3_000_000)).append('\t');
    }
}
