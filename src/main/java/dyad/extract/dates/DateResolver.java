package dyad.extract.dates;

import dyad.model.EventDate;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the acts of one document. Walk the sentences in order: ask {@link #dateFor} for each trigger of a sentence,
 * then call {@link #advance} with that sentence so that later relative expressions count from its dates.
 */
public final class DateResolver {

    /**
     * Where a clause ends: strong punctuation, a dash, a comma before a connective, or a complementiser ("said that
     * ...") — so that "affirmed that X attacked on January 3" does not date the affirming.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:—]|\\s[-–]\\s|\\bthat\\b|,\\s+(?<connective>which|who|whom|whose|where"
                    + "|while|whereas|but|although|though|because|and|or|yet)\\b");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|a|an|this|its|their|his|her|our)|\\p{L}['’]s)\\s+$");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose", "where");
    private static final Pattern OPENING = Pattern.compile("(?i)\\s*(?:\\p{L}+\\s+){0,2}");
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)[;:]|\\s[-–—]\\s|,\\s+(?:and|but|or|yet|while|whereas|although|though)\\b|\\band\\s+then\\b");
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+$");
    /** "the spring of 2017", "the night of 3 January": a stretch of time, so the date is the clause's after all. */
    private static final Pattern TIME_OF_BEFORE = Pattern.compile("(?i)\\b(?:spring|summer|autumn|fall|winter|night"
            + "|morning|afternoon|evening|eve|day|week|month|year|end|beginning|start|middle|half|quarter)\\s+of\\s+$");
    private static final Pattern TRIGGER_OF = Pattern.compile("^[\\p{L}-]+\\s+of\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+\\p{Ll}");

    /** How many days before the writing the last told day may lie for the story still to be about the writing day. */
    private static final int STORY_DAYS = 3;

    private final DateExpressionFinder finder;
    private final EventDate documentDate;
    private EventDate anchor;
    private boolean toldDay;
    /** Whether the sentence advanced over last moved the anchor: its date is where the narrative stands. */
    private boolean anchoredLast;

    /** @param documentDate when the document was written ({@link EventDate#UNKNOWN} if not known) */
    public DateResolver(DateExpressionFinder finder, EventDate documentDate) {
        this.finder = Objects.requireNonNull(finder, "finder is required");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate is required (use EventDate.UNKNOWN)");
        this.anchor = documentDate;
    }

    /** The last date mentioned in the sentences advanced over so far; the document date before any. */
    public EventDate anchor() {
        return anchor;
    }

    /**
     * The date of the act whose trigger starts at {@code triggerOffset} in text[sentenceStart, sentenceEnd).
     * The governing expression is the nearest one in the trigger's clause after it ("imposed sanctions in 2017"),
     * else the nearest before it ("On January 4, X affirmed"). A date modifying a noun after the trigger
     * ("condemned the January 3 attack", "invoked the treaty of 1994") dates the noun, not the trigger, so it is
     * skipped. Without an
     * expression, a present-tense act happens at the document date; any other is unknown.
     *
     * @param documentDate must be the date this resolver was made with; taken so that callers state it
     */
    public EventDate dateFor(String text, int sentenceStart, int sentenceEnd, int triggerOffset, boolean presentTense,
            EventDate documentDate) {
        if (!this.documentDate.equals(documentDate)) {
            throw new IllegalArgumentException("document date " + documentDate + " differs from this resolver's "
                    + this.documentDate + "; make one DateResolver per document");
        }
        if (triggerOffset < sentenceStart || triggerOffset >= sentenceEnd) {
            throw new IllegalArgumentException("trigger offset " + triggerOffset + " is outside the sentence ["
                    + sentenceStart + ", " + sentenceEnd + ")");
        }
        List<TemporalExpression> found = finder.find(text, sentenceStart, sentenceEnd, documentDate, anchor);
        Range clause = clause(text, sentenceStart, sentenceEnd, triggerOffset, found);
        Optional<TemporalExpression> governing = governing(text, sentenceStart, sentenceEnd, triggerOffset, clause, found);
        if (governing.isEmpty() && !presentTense) {
            governing = framing(text, sentenceStart, sentenceEnd, triggerOffset, found);
        }
        return governing.map(TemporalExpression::date).orElse(presentTense ? documentDate : EventDate.UNKNOWN);
    }

    /**
     * The date of what the trigger takes up again: the nearest expression after it in its clause, also one that dates
     * a noun ("reiterate the calls in our letter of 2 May" → 2 May); unknown without one.
     */
    public EventDate referredDate(String text, int sentenceStart, int sentenceEnd, int triggerOffset) {
        List<TemporalExpression> found = finder.find(text, sentenceStart, sentenceEnd, documentDate, anchor);
        Range clause = clause(text, sentenceStart, sentenceEnd, triggerOffset, found);
        return found.stream().filter(e -> clause.holds(e.span()) && e.span().start() > triggerOffset).findFirst()
                .map(TemporalExpression::date).orElse(EventDate.UNKNOWN);
    }

    /**
     * An act told as over cannot come after the writing: "signed in October" in a July report is last
     * October. A date so placed moves back a year; any other date is kept.
     */
    public static EventDate notAfterWriting(EventDate date, EventDate documentDate, boolean toldAsOver) {
        if (!toldAsOver || !date.known() || !documentDate.known()
                || !date.firstDay().isAfter(DateMath.lastDay(documentDate))) {
            return date;
        }
        java.time.LocalDate back = date.firstDay().minusYears(1);
        return DateMath.at(back, date.precision());
    }

    /**
     * The writing day, when the story is about it: the document is dated to the day and the last day told ("on
     * Tuesday", "on Monday") lies within a few days before it. A wire report's undated past acts ("Oslo recalled its
     * envoy", "the minister said ...") then happened that day. Unknown otherwise.
     */
    public EventDate storysDay() {
        if (!toldDay || documentDate.precision() != dyad.model.Precision.DAY || anchor.precision() != dyad.model.Precision.DAY
                || anchor.firstDay().isAfter(documentDate.firstDay())
                || anchor.firstDay().plusDays(STORY_DAYS).isBefore(documentDate.firstDay())) {
            return EventDate.UNKNOWN;
        }
        return documentDate;
    }

    /**
     * The date told in the sentence just before, for an undated act that goes on telling the same moment ("On January
     * 4 six governments issued a statement. They called for unity and expressed concern."); unknown if that sentence
     * told no date.
     */
    public EventDate previousSentenceDate() {
        return anchoredLast ? anchor : EventDate.UNKNOWN;
    }

    /**
     * Where a narrative of past acts stands: the day or month told in the sentence just before, when it is not the
     * writing date ("On 4 May the army crossed the border. Planes bombed the capital." → 4 May). A year told before
     * is too coarse to carry (the next sentence is as likely background); unknown then, or if that sentence told no
     * date.
     */
    public EventDate narrativeDate() {
        return anchoredLast && !anchor.equals(documentDate) && anchor.precision() != dyad.model.Precision.YEAR
                ? anchor : EventDate.UNKNOWN;
    }

    /** Moves the anchor to the last anchoring date in text[sentenceStart, sentenceEnd), if any. */
    public void advance(String text, int sentenceStart, int sentenceEnd) {
        anchoredLast = false;
        for (TemporalExpression e : finder.find(text, sentenceStart, sentenceEnd, documentDate, anchor)) {
            if (e.anchors() && DateMath.movesAnchor(anchor, e.date(), documentDate)) {
                anchor = e.date();
                anchoredLast = true;
            }
            toldDay |= e.anchors() && e.date().equals(anchor) && anchor.precision() == dyad.model.Precision.DAY;
        }
    }

    private record Range(int start, int end) {
        boolean holds(Span span) {
            return span.start() >= start && span.end() <= end;
        }
    }

    private static Optional<TemporalExpression> governing(String text, int sentenceStart, int sentenceEnd, int trigger,
            Range clause, List<TemporalExpression> found) {
        TemporalExpression after = null;
        TemporalExpression before = null;
        for (TemporalExpression e : found) {
            if (!clause.holds(e.span())) {
                continue;
            }
            if (e.span().contains(trigger)) {
                return Optional.of(e);
            }
            if (e.span().start() > trigger) {
                if (after == null && (!datesNoun(text, sentenceStart, sentenceEnd, e) || ofTrigger(text, trigger, e))) {
                    after = e;
                }
            } else {
                before = e;
            }
        }
        return Optional.ofNullable(after != null ? after : before);
    }

    /**
     * A date told before the trigger frames an undated past act in a later clause of the same sentence when it opens
     * the sentence ("On July 1 the two governments announced that they had agreed", "In May, while visiting Oslo, the
     * minister signed", "The next day X expelled ..., and Y closed ...") or when the act is reported from its clause
     * ("announced on March 10 that they would restore ties"). A coordinated clause after a date that does not open
     * the sentence keeps its own time: "Chile banned flights in 2017, and Ghana closed its consulate".
     */
    private static Optional<TemporalExpression> framing(String text, int sentenceStart, int sentenceEnd, int trigger,
            List<TemporalExpression> found) {
        TemporalExpression before = null;
        for (TemporalExpression e : found) {
            if (e.span().end() <= trigger && e.date().known() && e.kind() != TemporalExpression.Kind.PRESENT
                    && !datesNoun(text, sentenceStart, sentenceEnd, e)
                    && (opens(text, sentenceStart, e) || !coordinated(text, e.span().end(), trigger))) {
                before = e;
            }
        }
        return Optional.ofNullable(before);
    }

    /** The date opens its sentence, after at most a preposition or two: "In May,", "On the same day,", "Two days later". */
    private static boolean opens(String text, int sentenceStart, TemporalExpression e) {
        return OPENING.matcher(text.substring(sentenceStart, e.span().start())).matches();
    }

    private static boolean coordinated(String text, int from, int to) {
        return COORDINATION.matcher(text.substring(from, to)).find();
    }

    /** "the operation of January 3", "the January 3 attack": the date belongs to a noun, not to a clause. */
    private static boolean datesNoun(String text, int sentenceStart, int sentenceEnd, TemporalExpression e) {
        String before = DateWords.before(text, sentenceStart, e.span().start());
        return OF_BEFORE.matcher(before).find() && !TIME_OF_BEFORE.matcher(before).find()
                || modifiesNoun(text, sentenceStart, sentenceEnd, e);
    }

    /** "your reply of 8 May": the noun the date belongs to is the trigger itself. */
    private static boolean ofTrigger(String text, int trigger, TemporalExpression e) {
        return TRIGGER_OF.matcher(text.substring(trigger, e.span().start())).matches();
    }

    /**
     * "the January 3 attack", "Venezuela's 2024 election": determiner, date, lower-case word; "next year's
     * elections", "last month's vote": a date in the possessive.
     */
    private static boolean modifiesNoun(String text, int sentenceStart, int sentenceEnd, TemporalExpression e) {
        String after = text.substring(e.span().end(), sentenceEnd);
        return POSSESSIVE_AFTER.matcher(after).find()
                || DETERMINER_BEFORE.matcher(DateWords.before(text, sentenceStart, e.span().start())).find()
                && NOUN_AFTER.matcher(after).find();
    }

    /**
     * The trigger's clause. A relative clause opened by ", which" closes at the next comma, so in
     * "Canada, which imposed sanctions in 2017, is seeking talks" the year does not reach "is seeking".
     */
    private static Range clause(String text, int sentenceStart, int sentenceEnd, int trigger,
            List<TemporalExpression> found) {
        List<Range> breaks = new ArrayList<>();
        Matcher m = DateWords.matcher(CLAUSE_BREAK, text, sentenceStart, sentenceEnd);
        while (m.find()) {
            int at = m.start();
            if (found.stream().anyMatch(e -> e.span().contains(at))) {
                continue; // "that year" is a date, not a complementiser
            }
            breaks.add(new Range(m.start(), m.end()));
            if (m.group("connective") != null && RELATIVE_PRONOUNS.contains(m.group("connective"))) {
                int close = text.indexOf(',', m.end());
                if (close >= 0 && close < sentenceEnd) {
                    breaks.add(new Range(close, close + 1));
                }
            }
        }
        int start = sentenceStart;
        int end = sentenceEnd;
        for (Range b : breaks) {
            if (b.end() <= trigger) {
                start = Math.max(start, b.end());
            } else if (b.start() > trigger) {
                end = Math.min(end, b.start());
            }
        }
        return new Range(start, end);
    }
}
