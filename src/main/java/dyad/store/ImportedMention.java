package dyad.store;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One mention of an imported event in an article (GDELT 2.0 mentions), keyed by origin, event id,
 * identifier (the article's URL), sentence and the three offsets (two mentions in one sentence differ
 * by them): characters into the article as the origin read it, -1 when not found; every field but the key may be null.
 */
public record ImportedMention(String origin, long eventId, LocalDateTime eventTime, LocalDateTime mentionTime,
                              Integer mentionType, String sourceName, String identifier, int sentenceId,
                              int actor1Offset, int actor2Offset, int actionOffset, Boolean inRawText,
                              Integer confidence, Integer docLength, Double docTone, String translation) {

    public ImportedMention {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(identifier, "identifier");
    }
}
