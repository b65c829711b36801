package dyad.extract.letters;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Recognises an open letter or petition and reads it: its recipients (address block, title or
 * salutation), its signatories (signature block, the body's "we", self-descriptions), its
 * demands (numbered, lettered, bulleted or "We urge …" paragraphs) with whom each asks, and the
 * earlier letters it cites with whether they were answered. A text is a letter when it opens
 * with a letter's title ("Open letter to …") and speaks as one (a salutation, signatures, or
 * "we"), when it greets its reader ("Dear …,", "Your Excellency:"), or when it makes two
 * numbered demands; a news story that mentions "a letter to" is none of these.
 */
public final class LetterExtractor {

    /** Mentions with document offsets: every sentence's resolved actors. */
    public record Context(Document doc, List<Mention> mentions,
                          BiFunction<Integer, Integer, List<DatedSpan>> datesIn) {
    }

    /** A date expression found in the text. */
    public record DatedSpan(Span span, EventDate date) {
    }

    /**
     * A passage of the letter that asks something of someone — its title, a lead-in ("We call on the Council
     * to:"), a demand's first sentence, an earlier letter that asked — from [start, end), of each addressee, on
     * {@code date} (null: when the letter was written).
     */
    public record Ask(int start, int end, List<Actor> addressees, EventDate date) {
        public Ask {
            addressees = List.copyOf(addressees);
        }
    }

    /**
     * A letter, the passages in it that ask, and where its signature block starts (-1: none): a list of names
     * states no event.
     */
    public record Reading(Letter letter, List<Ask> asks, int signatures) {
        public Reading {
            asks = List.copyOf(asks);
        }
    }

    private static final Pattern WE = Pattern.compile("(?i)\\bwe\\b");

    private static final Pattern MODAL = Pattern.compile("\\b(?:must|should)\\b");

    private final Gazetteer gazetteer;
    private final LetterCues cues;
    private final java.util.Map<String, java.util.Set<String>> offices = Names.offices();

    public LetterExtractor(Gazetteer gazetteer, LetterLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.cues = new LetterCues(lexicon);
    }

    public boolean isLetter(String text) {
        return isLetter(text, new LetterLayout(text, cues));
    }

    private boolean isLetter(String text, LetterLayout layout) {
        if (layout.salutation >= 0) {
            return true;
        }
        if (layout.title >= 0 && (layout.signatures >= 0 || WE.matcher(text).results().count() >= 3
                || asksAsWe(text))) {
            return true;
        }
        return numberedDemands(text, layout) >= 2;
    }

    /** "We, the undersigned, call on …": a sentence where "we" ask. */
    private boolean asksAsWe(String text) {
        java.util.regex.Matcher we = WE.matcher(text);
        while (we.find()) {
            if (cues.weDemand.matcher(text).region(we.start(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Numbered items that ask by themselves ("We urge …", "… must …"). */
    private long numberedDemands(String text, LetterLayout layout) {
        return new ListItems(layout.lines, 0, text.length()).lists().stream()
                .flatMap(l -> l.items().stream())
                .map(i -> text.substring(i.start(), i.end()))
                .filter(s -> cues.weDemand.matcher(s).find() || MODAL.matcher(s).find())
                .count();
    }

    public Optional<Letter> extract(Context c) {
        return read(c).map(Reading::letter);
    }

    public Optional<Reading> read(Context c) {
        String text = c.doc().text();
        LetterLayout layout = new LetterLayout(text, cues);
        if (!isLetter(text, layout)) {
            return Optional.empty();
        }
        LocalDate day = letterDay(c, layout);
        Parties parties = new Parties(text, new Names(gazetteer, offices, day), cues);
        List<RecipientReader.Recipient> recipients = new RecipientReader(layout, cues, parties, c.mentions()).read();
        List<Actor> authors = new AuthorReader(layout, cues, parties)
                .read(recipients.stream().map(RecipientReader.Recipient::actor).toList());
        Addressees addressees = new Addressees(text, c.mentions(), recipients, parties, cues);

        List<Ask> asks = new ArrayList<>();
        titleAsk(layout, recipients, addressees).ifPresent(asks::add);
        List<DemandReader.Read> read = new DemandReader(layout, cues, addressees).read(asks);
        List<Demand> demands = read.stream().map(DemandReader.Read::demand).toList();
        read.forEach(r -> asks.add(r.ask()));
        List<LetterReference> references = new ArrayList<>();
        for (ReferenceReader.Read r : new ReferenceReader(layout, cues, c, addressees).read()) {
            if (!r.again()) {
                references.add(r.reference());
            }
            if (r.asked() && !r.reference().recipients().isEmpty()) {
                asks.add(new Ask(r.start(), r.end(), r.reference().recipients(), r.reference().date()));
            }
        }
        List<Actor> to = recipients.stream().map(RecipientReader.Recipient::actor).toList();
        Letter letter = new Letter(c.doc().id(), c.doc().date(), authors, to, demands, references);
        int signatures = layout.signatures < 0 ? -1 : layout.lines.get(layout.signatures).start();
        return Optional.of(new Reading(letter, asks, signatures));
    }

    /**
     * The day the letter says it was written, on a date line of its head ("15 March 2023", "Brasília, 10 September
     * 2024"), else the document's: whose office a title or greeting names is decided on that day.
     */
    private static LocalDate letterDay(Context c, LetterLayout layout) {
        int head = layout.salutation >= 0 ? layout.salutation : Math.min(layout.lines.size(), 15);
        for (int i = 0; i < head; i++) {
            Lines.Line l = layout.lines.get(i);
            if (l.blank() || !RecipientReader.isDate(layout.lines.content(l))) {
                continue;
            }
            for (DatedSpan d : c.datesIn().apply(l.from(), l.to())) {
                if (d.date().precision() == dyad.model.Precision.DAY) {
                    return d.date().firstDay();
                }
            }
        }
        return c.doc().date() == null ? null : c.doc().date().firstDay();
    }

    /**
     * "Open letter to …: Australia must act": a title with a demand after its colon asks those it is addressed to
     * (all the recipients when it names none).
     */
    private static Optional<Ask> titleAsk(LetterLayout layout, List<RecipientReader.Recipient> recipients,
                                          Addressees addressees) {
        if (layout.title < 0 || recipients.isEmpty()) {
            return Optional.empty();
        }
        String text = layout.lines.text();
        int start = layout.lines.get(layout.title).from();
        int end = layout.lines.get(layout.titleEnd()).to();
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= end || text.substring(colon + 1, end).isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Matcher to = TITLE_TO.matcher(text).region(start, colon);
        List<Actor> whom = to.find() ? addressees.in(to.end(), colon) : List.of();
        if (whom.isEmpty()) {
            whom = recipients.stream().map(RecipientReader.Recipient::actor).toList();
        }
        return Optional.of(new Ask(start, end, whom, null));
    }

    private static final Pattern TITLE_TO = Pattern.compile("(?i)\\bto\\s+");
}
