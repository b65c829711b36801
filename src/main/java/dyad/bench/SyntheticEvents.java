package dyad.bench;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import dyad.model.Record;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.Dyad;
import dyad.store.Ingested;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic documents of events with the skew of real event data, for the store benchmark:
 * countries by Zipf's law over the gazetteer's states (the most reported ones first), PLOVER
 * types and modalities at event-data frequencies, dates over 20 years with volume growing
 * toward the present and a mix of day, month, year and unknown precision, 1–19 events per
 * document, and a few events aimed at an international body rather than a state. The same
 * seed gives the same corpus.
 */
final class SyntheticEvents {

    /** The states reported most often, in rough order; the others follow in gazetteer order. */
    private static final List<String> BUSIEST = List.of("USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU",
            "TUR", "IND", "PRK", "JPN", "KOR", "SYR", "PSE", "PAK", "AFG", "IRQ", "SAU", "CAN", "VEN", "BRA", "EGY",
            "MEX", "TWN", "ITA", "AUS", "POL", "ESP");

    private static final Map<PloverType, Double> TYPE_SHARE = new EnumMap<>(Map.ofEntries(
            Map.entry(PloverType.CONSULT, 0.24), Map.entry(PloverType.SUPPORT, 0.10), Map.entry(PloverType.ACCUSE, 0.10),
            Map.entry(PloverType.COOPERATE, 0.08), Map.entry(PloverType.REQUEST, 0.08), Map.entry(PloverType.AGREE, 0.06),
            Map.entry(PloverType.ASSAULT, 0.06), Map.entry(PloverType.REJECT, 0.05), Map.entry(PloverType.COERCE, 0.05),
            Map.entry(PloverType.THREATEN, 0.04), Map.entry(PloverType.PROTEST, 0.04), Map.entry(PloverType.AID, 0.03),
            Map.entry(PloverType.SANCTION, 0.03), Map.entry(PloverType.MOBILIZE, 0.02), Map.entry(PloverType.CONCEDE, 0.015),
            Map.entry(PloverType.RETREAT, 0.005)));

    private static final int FIRST_YEAR = 2006;
    private static final int YEARS = 20;

    /** Made-up words for varied texts (see {@link #SyntheticEvents(long, boolean)}). */
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "ti", "san", "vo", "dre", "pu", "len", "qua", "ris",
            "to", "bel", "na", "gor", "fi", "um", "sta", "che", "wo"};

    private final Random random;
    private final boolean varied;
    private final List<String> countries;
    private final double[] countryCdf;
    private final PloverType[] types;
    private final double[] typeCdf;
    private long documents;

    SyntheticEvents(long seed) {
        this(seed, false);
    }

    /**
     * With {@code varied}, each event's sentence carries six words drawn from 8,000 made-up ones,
     * so that documents are not near-copies of each other and tellings do not all share their
     * words (the clustering benchmark); without, the templated sentences of the store benchmark.
     */
    SyntheticEvents(long seed, boolean varied) {
        this.random = new Random(seed);
        this.varied = varied;
        this.countries = countries();
        double[] weights = new double[countries.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 1.1);
        }
        this.countryCdf = cdf(weights);
        this.types = TYPE_SHARE.keySet().toArray(PloverType[]::new);
        this.typeCdf = cdf(Arrays.stream(types).mapToDouble(TYPE_SHARE::get).toArray());
    }

    /** The next document, with 1–19 events. */
    Ingested next() {
        long id = ++documents;
        String name = String.format("synthetic/%08d.txt", id);
        int n = 1 + random.nextInt(19);
        LocalDate written = date();
        StringBuilder text = new StringBuilder();
        text.append("Synthetic report ").append(id).append(", ").append(written).append(".\n");
        List<Record> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = country();
            String target = country();
            while (target.equals(source)) {
                target = country();
            }
            boolean igo = random.nextDouble() < 0.05;
            PloverType type = pick(types, typeCdf);
            int start = text.length();
            text.append("The government of ").append(source).append(' ').append(type.name().toLowerCase())
                    .append(varied ? words(6) : " measures").append(" concerning ").append(igo ? "UNO" : target).append(" were reported in item ")
                    .append(i).append('.');
            int end = text.length();
            text.append(' ');
            String sentence = text.substring(start, end);
            int s = start + "The government of ".length();
            int t = start + sentence.indexOf(" concerning ") + " concerning ".length();
            Actor a = new Actor(source, s, s + 3, "Government of " + source, source, null, Role.GOV);
            Actor b = igo ? new Actor("UNO", t, t + 3, "United Nations", null, "UNO", Role.IGO)
                    : new Actor(target, t, t + 3, "Government of " + target, target, null, Role.GOV);
            records.add(new Event(name, type, null, a, b, eventDate(written), modality(), new Span(sentence, start, end)));
        }
        return Ingested.of(new Document(name, text.toString(), EventDate.day(written)), null, records);
    }

    /** A dyad drawn as the events draw theirs, so busy dyads are asked about more often. */
    Dyad dyad(boolean ordered) {
        String a = country();
        String b = country();
        while (b.equals(a)) {
            b = country();
        }
        return new Dyad(a, b, ordered);
    }

    private String country() {
        return countries.get(index(countryCdf));
    }

    /** Volume grows toward the present: the year is drawn with weight proportional to 1 + its index. */
    private LocalDate date() {
        int year = FIRST_YEAR + (int) Math.floor((Math.sqrt(1 + 8 * random.nextDouble() * (YEARS * (YEARS + 1) / 2.0)) - 1) / 2);
        year = Math.min(year, FIRST_YEAR + YEARS - 1);
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }

    private EventDate eventDate(LocalDate written) {
        double p = random.nextDouble();
        LocalDate d = written.minusDays(random.nextInt(30));
        if (p < 0.70) {
            return EventDate.day(d);
        }
        if (p < 0.85) {
            return new EventDate(d.toString().substring(0, 7), Precision.MONTH);
        }
        if (p < 0.95) {
            return EventDate.year(d.getYear());
        }
        return EventDate.UNKNOWN;
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int w = random.nextInt(8_000);
            sb.append(' ').append(SYLLABLES[w % 20]).append(SYLLABLES[w / 20 % 20]).append(SYLLABLES[w / 400]);
        }
        return sb.toString();
    }

    private Modality modality() {
        double p = random.nextDouble();
        return p < 0.85 ? Modality.ASSERTED : p < 0.92 ? Modality.INTENDED : p < 0.97 ? Modality.NEGATED : Modality.HYPOTHETICAL;
    }

    private <T> T pick(T[] values, double[] cdf) {
        return values[index(cdf)];
    }

    private int index(double[] cdf) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
    }

    private static double[] cdf(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] cdf = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] / total;
            cdf[i] = sum;
        }
        return cdf;
    }

    /** The busiest states first, then every other state of the gazetteer in a fixed shuffled order. */
    private static List<String> countries() {
        List<String> rest = new ArrayList<>();
        try (InputStream in = SyntheticEvents.class.getResourceAsStream("/dyad/lexicon/actors/countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dyad/lexicon/actors/countries.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rest.add(line.substring(0, line.indexOf('\t')).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the country list", e);
        }
        rest.removeAll(BUSIEST);
        Collections.shuffle(rest, new Random(7));
        Set<String> all = new LinkedHashSet<>(BUSIEST);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
