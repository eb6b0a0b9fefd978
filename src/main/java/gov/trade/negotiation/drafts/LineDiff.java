package gov.trade.negotiation.drafts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import gov.trade.negotiation.drafts.Redline.Change;
import gov.trade.negotiation.drafts.Redline.Line;

/**
 * A line diff whose cost is bounded. Like GNU diff it first strips the common prefix and suffix and sets aside
 * the lines that occur in only one of the two texts (they are certainly removed or added, and no common
 * subsequence can contain them), so two texts without a common line cost linear time. Only what is left goes to
 * a linear-space Myers diff (java-diff-utils), which is stopped when the time budget runs out.
 */
final class LineDiff {

    /** The budget ran out before the diff was found. */
    static final class TooComplexException extends RuntimeException {
        TooComplexException(Duration budget) {
            super("No redline within " + budget.toMillis() + " ms");
        }
    }

    private LineDiff() {
    }

    static List<Line> between(List<String> oldLines, List<String> newLines, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Map<String, Integer> ids = new HashMap<>();
        int[] a = oldLines.stream().mapToInt(line -> ids.computeIfAbsent(line, key -> ids.size())).toArray();
        int[] b = newLines.stream().mapToInt(line -> ids.computeIfAbsent(line, key -> ids.size())).toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        List<int[]> matches = middleMatches(a, b, prefix, a.length - suffix, b.length - suffix, ids.size(), deadline,
                budget);

        List<Line> lines = new ArrayList<>(Math.max(a.length, b.length));
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(Change.SAME, i + 1, i + 1, oldLines.get(i)));
        }
        int oldIndex = prefix;
        int newIndex = prefix;
        for (int[] match : matches) {
            oldIndex = changes(oldLines, newLines, oldIndex, match[0], newIndex, match[1], lines);
            newIndex = match[1];
            lines.add(new Line(Change.SAME, oldIndex + 1, newIndex + 1, oldLines.get(oldIndex)));
            oldIndex++;
            newIndex++;
        }
        changes(oldLines, newLines, oldIndex, a.length - suffix, newIndex, b.length - suffix, lines);
        for (int i = 0; i < suffix; i++) {
            int oldNumber = a.length - suffix + i;
            lines.add(new Line(Change.SAME, oldNumber + 1, b.length - suffix + i + 1, oldLines.get(oldNumber)));
        }
        return lines;
    }

    /** Removed lines {@code [oldFrom, oldTo)}, then added lines {@code [newFrom, newTo)}; returns {@code oldTo}. */
    private static int changes(List<String> oldLines, List<String> newLines, int oldFrom, int oldTo, int newFrom,
            int newTo, List<Line> lines) {
        for (int i = oldFrom; i < oldTo; i++) {
            lines.add(new Line(Change.REMOVED, i + 1, null, oldLines.get(i)));
        }
        for (int j = newFrom; j < newTo; j++) {
            lines.add(new Line(Change.ADDED, null, j + 1, newLines.get(j)));
        }
        return oldTo;
    }

    /** Pairs (old index, new index) of equal lines in the middle part, in order, from the lines both texts have. */
    private static List<int[]> middleMatches(int[] a, int[] b, int from, int oldTo, int newTo, int distinct,
            long deadline, Duration budget) {
        int[] inOld = new int[distinct];
        int[] inNew = new int[distinct];
        for (int i = from; i < oldTo; i++) {
            inOld[a[i]]++;
        }
        for (int j = from; j < newTo; j++) {
            inNew[b[j]]++;
        }
        List<Integer> keptOld = new ArrayList<>();
        List<Integer> keptNew = new ArrayList<>();
        for (int i = from; i < oldTo; i++) {
            if (inNew[a[i]] > 0) {
                keptOld.add(i);
            }
        }
        for (int j = from; j < newTo; j++) {
            if (inOld[b[j]] > 0) {
                keptNew.add(j);
            }
        }
        List<int[]> matches = new ArrayList<>();
        if (keptOld.isEmpty() || keptNew.isEmpty()) {
            return matches;
        }
        List<Integer> oldIds = keptOld.stream().map(i -> a[i]).toList();
        List<Integer> newIds = keptNew.stream().map(j -> b[j]).toList();
        long[] comparisons = {0};
        Patch<Integer> patch = DiffUtils.diff(oldIds, newIds, new MyersDiffWithLinearSpace<>((x, y) -> {
            if ((++comparisons[0] & 0xFFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new TooComplexException(budget);
            }
            return x.intValue() == y.intValue();
        }));
        int x = 0;
        int y = 0;
        for (AbstractDelta<Integer> delta : patch.getDeltas()) {
            while (x < delta.getSource().getPosition()) {
                matches.add(new int[] {keptOld.get(x++), keptNew.get(y++)});
            }
            x += delta.getSource().size();
            y += delta.getTarget().size();
        }
        while (x < keptOld.size()) {
            matches.add(new int[] {keptOld.get(x++), keptNew.get(y++)});
        }
        return matches;
    }
}
