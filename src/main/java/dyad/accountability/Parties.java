package dyad.accountability;

import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Comparisons of letter parties and dates that linking needs. */
final class Parties {

    /** Who can answer for a state or a body of states. */
    static final Set<Role> AUTHORITIES = EnumSet.of(Role.GOV, Role.LEG, Role.JUD, Role.MIL, Role.IGO);

    private Parties() {
    }

    /** Whether some actor of {@code a} is some actor of {@code b} (same body, or same canonical name). */
    static boolean overlap(List<Actor> a, List<Actor> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.sameBody(y)
                || x.name() != null && Objects.equals(x.name(), y.name())));
    }

    /** Whether some authority of {@code a} acts for the same state as some authority of {@code b}. */
    static boolean sameGovernment(List<Actor> a, List<Actor> b) {
        return a.stream().anyMatch(x -> AUTHORITIES.contains(x.role()) && x.country() != null
                && b.stream().anyMatch(y -> AUTHORITIES.contains(y.role()) && x.country().equals(y.country())));
    }

    /** Whether a letter sent on {@code sent} can be the one cited with {@code cited}, to the citation's precision. */
    static boolean sameDate(LocalDate sent, EventDate cited) {
        if (sent == null || !cited.known()) {
            return false;
        }
        return switch (cited.precision()) {
            case DAY -> sent.equals(cited.firstDay());
            case MONTH -> YearMonth.from(sent).equals(YearMonth.parse(cited.value()));
            case YEAR -> sent.getYear() == cited.yearValue();
            case UNKNOWN -> false;
        };
    }
}
