package gov.trade.negotiation.dashboard;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Median and percentiles by linear interpolation between the closest ranks (the definition of PostgreSQL's
 * {@code percentile_cont} and of spreadsheets' {@code PERCENTILE.INC}).
 */
final class Percentiles {

    private final double[] sorted;

    Percentiles(Collection<Double> values) {
        this.sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    OptionalDouble median() {
        return of(0.5);
    }

    /** {@code fraction} in [0, 1]: 0.9 is the 90th percentile. Empty when there are no values. */
    OptionalDouble of(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("A percentile is between 0 and 1: " + fraction);
        }
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return OptionalDouble.of(sorted[below] + (rank - below) * (sorted[above] - sorted[below]));
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
