package dyad.gdelt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** GDELT's dates: YYYYMMDD (SQLDATE, GDELT 1.0's DATEADDED) and YYYYMMDDHHMMSS (2.0's DATEADDED, mentions). */
final class GdeltDates {

    private GdeltDates() {
    }

    static LocalDate day(String s, String column) {
        if (s == null || s.length() != 8 || !digits(s)) {
            throw new BadRow("bad date", column + " '" + (s == null ? "" : s) + "'");
        }
        try {
            return LocalDate.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
        } catch (DateTimeException e) {
            throw new BadRow("bad date", column + " '" + s + "'");
        }
    }

    /** A day or a time; null when empty. */
    static LocalDateTime time(String s, String column) {
        if (s == null) {
            return null;
        }
        if (s.length() == 8) {
            return day(s, column).atStartOfDay();
        }
        if (s.length() != 14 || !digits(s)) {
            throw new BadRow("bad date", column + " '" + s + "'");
        }
        try {
            return LocalDateTime.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8), num(s, 8, 10), num(s, 10, 12), num(s, 12, 14));
        } catch (DateTimeException e) {
            throw new BadRow("bad date", column + " '" + s + "'");
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }
}
