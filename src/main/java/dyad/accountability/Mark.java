package dyad.accountability;

import java.time.LocalDate;

/**
 * A correction a person asks for: {@code letterId} as listed ({@code 12-0}, {@code 12-0r0});
 * {@code value} a state code or {@code auto}, or for links the reply letter's or event's record key
 * ({@code 15-2}) or {@code HASH:N}; {@code effective} null = the day it is made.
 */
public record Mark(String letterId, Decision.Action action, Integer demand, String value, LocalDate effective,
                   String who, String why) {
}
