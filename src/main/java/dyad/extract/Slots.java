package dyad.extract;

import dyad.extract.actors.Mention;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.stage.Slot;
import dyad.model.Event;
import dyad.model.Extraction;
import dyad.model.Quote;
import dyad.model.Relation;
import dyad.nlp.Cut;
import dyad.nlp.Sentence;
import java.util.List;
import java.util.Optional;

/** What the extraction stages make of a document, in the order {@link DocumentExtractor} makes it. */
public final class Slots {

    /** The text with its layout made plain for the parser (same length and offsets as the document's). */
    public static final Slot<String> LAYOUT = Slot.named("layout text");
    public static final Slot<List<Sentence>> SENTENCES = Slot.named("sentences");
    /** Sentences too long to analyse whole, and how they were cut. */
    public static final Slot<List<Cut>> CUTS = Slot.named("cut sentences");
    /** Each sentence's actor mentions as the gazetteer finds them, before discourse ("it", "the two sides"). */
    public static final Slot<List<List<Mention>>> MENTIONS = Slot.named("mentions");
    /** The mentions that name an actor outright, in document order. */
    public static final Slot<List<Mention>> NAMED = Slot.named("named actors");
    /** The document read as an open letter: authors, recipients, demands, earlier letters; empty if it is none. */
    public static final Slot<Optional<LetterExtractor.Reading>> LETTER = Slot.named("letter reading");
    /** Each sentence's mentions resolved through the discourse (pronouns, "the two governments", the letter's "we"). */
    public static final Slot<List<List<Mention>>> RESOLVED = Slot.named("resolved mentions");
    public static final Slot<List<Quote>> QUOTES = Slot.named("quotes");
    /** {@link #RESOLVED}, with "we" inside a quotation standing for its speaker's side. */
    public static final Slot<List<List<Mention>>> VOICED = Slot.named("voiced mentions");
    /** The acts told sentence by sentence, dated, and the letter's demands. */
    public static final Slot<List<Event>> TOLD = Slot.named("told events");
    /** Relation states stated outright, sentence by sentence, and the dates each sentence tells. */
    public static final Slot<RelationStatements> STATEMENTS = Slot.named("relation statements");
    /** {@link #TOLD}, with what a letter asks of its recipients completed. */
    public static final Slot<List<Event>> EVENTS = Slot.named("events");
    public static final Slot<List<Relation>> RELATIONS = Slot.named("relations");
    /** Every record of the document, and its notes. */
    public static final Slot<Extraction> EXTRACTION = Slot.named("extraction");

    private Slots() {
    }
}
