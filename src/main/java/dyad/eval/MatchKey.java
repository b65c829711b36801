package dyad.eval;

import java.util.Arrays;

/**
 * How good a candidate (system, gold) pair is: a tuple compared element by element, best
 * first, like the tuples score.py's match functions return. Integers (counts of agreeing
 * fields) are held as doubles; they are small, so the comparison is exact.
 */
public final class MatchKey implements Comparable<MatchKey> {

    private final double[] parts;

    private MatchKey(double[] parts) {
        this.parts = parts;
    }

    public static MatchKey of(double... parts) {
        double[] copy = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            copy[i] = parts[i] + 0.0; // -0.0 becomes 0.0, as Python treats them as equal
        }
        return new MatchKey(copy);
    }

    public double part(int i) {
        return parts[i];
    }

    public int size() {
        return parts.length;
    }

    @Override
    public int compareTo(MatchKey o) {
        for (int i = 0; i < Math.min(parts.length, o.parts.length); i++) {
            if (parts[i] != o.parts[i]) {
                return parts[i] < o.parts[i] ? -1 : 1;
            }
        }
        return Integer.compare(parts.length, o.parts.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchKey k && compareTo(k) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
