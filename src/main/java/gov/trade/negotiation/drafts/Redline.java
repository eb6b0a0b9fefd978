package gov.trade.negotiation.drafts;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** A line-by-line redline between two versions, computed with java-diff-utils. */
public record Redline(int from, int to, List<Line> lines) {

    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the redline; {@code oldNumber}/{@code newNumber} are 1-based, null where the line is absent. */
    public record Line(Change change, Integer oldNumber, Integer newNumber, String text) {
    }

    static Redline between(int from, String oldText, int to, String newText) {
        List<String> oldLines = oldText.lines().toList();
        List<String> newLines = newText.lines().toList();
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<Line> lines = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                lines.add(new Line(Change.SAME, oldIndex + 1, newIndex + 1, oldLines.get(oldIndex)));
                oldIndex++;
                newIndex++;
            }
            for (String removed : delta.getSource().getLines()) {
                lines.add(new Line(Change.REMOVED, ++oldIndex, null, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                lines.add(new Line(Change.ADDED, null, ++newIndex, added));
            }
        }
        while (oldIndex < oldLines.size()) {
            lines.add(new Line(Change.SAME, oldIndex + 1, newIndex + 1, oldLines.get(oldIndex)));
            oldIndex++;
            newIndex++;
        }
        return new Redline(from, to, List.copyOf(lines));
    }
}
