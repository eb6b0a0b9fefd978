package gov.trade.negotiation.drafts;

import java.time.Duration;
import java.util.List;

/** A line-by-line redline between two versions (see {@link LineDiff} for how its cost is bounded). */
public record Redline(int from, int to, List<Line> lines) {

    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the redline; {@code oldNumber}/{@code newNumber} are 1-based, null where the line is absent. */
    public record Line(Change change, Integer oldNumber, Integer newNumber, String text) {
    }

    /** @throws LineDiff.TooComplexException when no redline is found within {@code budget} */
    static Redline between(int from, String oldText, int to, String newText, Duration budget) {
        return new Redline(from, to, List.copyOf(LineDiff.between(oldText.lines().toList(), newText.lines().toList(),
                budget)));
    }
}
