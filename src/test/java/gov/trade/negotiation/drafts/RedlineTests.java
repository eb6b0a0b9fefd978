package gov.trade.negotiation.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.drafts.Redline.Change;
import gov.trade.negotiation.drafts.Redline.Line;

class RedlineTests {

    private static final Duration GENEROUS = Duration.ofMinutes(1);

    @Test
    void shouldShowAChangedLineAsRemovedThenAddedBetweenUnchangedOnes() {
        Redline redline = Redline.between(1, "Article 1\nOld text\nArticle 2", 2, "Article 1\nNew text\nArticle 2",
                GENEROUS);

        assertThat(redline.lines()).containsExactly(
                new Line(Change.SAME, 1, 1, "Article 1"),
                new Line(Change.REMOVED, 2, null, "Old text"),
                new Line(Change.ADDED, null, 2, "New text"),
                new Line(Change.SAME, 3, 3, "Article 2"));
    }

    @Test
    void shouldFindALongestCommonSubsequenceAndRebuildBothTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<Line> lines = Redline.between(1, String.join("\n", before), 2, String.join("\n", after), GENEROUS)
                    .lines();

            String what = before + " -> " + after;
            assertThat(lines.stream().filter(line -> line.change() != Change.ADDED).map(Line::text)).as(what)
                    .containsExactlyElementsOf(before);
            assertThat(lines.stream().filter(line -> line.change() != Change.REMOVED).map(Line::text)).as(what)
                    .containsExactlyElementsOf(after);
            assertThat(lines.stream().filter(line -> line.change() == Change.SAME).count()).as(what)
                    .isEqualTo(longestCommonSubsequence(before, after));
            assertThat(lines.stream().filter(line -> line.oldNumber() != null).map(Line::oldNumber)).as(what)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, before.size()).boxed().toList());
            assertThat(lines.stream().filter(line -> line.newNumber() != null).map(Line::newNumber)).as(what)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, after.size()).boxed().toList());
        }
    }

    @Test
    void shouldDiffTwoMebibyteTextsWithoutACommonLineWithoutComparingLines() {
        String before = text("Old article", Drafts.MAX_BYTES);
        String after = text("New article", Drafts.MAX_BYTES);

        // A zero budget: any comparison of lines would fail, so this shows the texts never reach the LCS.
        Redline redline = Redline.between(1, before, 2, after, Duration.ZERO);

        assertThat(redline.lines()).hasSize((int) (before.lines().count() + after.lines().count()));
        assertThat(redline.lines()).filteredOn(line -> line.change() == Change.SAME).isEmpty();
    }

    @Test
    void shouldGiveUpWhenTheBudgetIsSpent() {
        List<String> lines = IntStream.range(0, 5_000).mapToObj(i -> "Line " + i).toList();
        String before = String.join("\n", lines);
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        String after = String.join("\n", reversed);

        assertThatThrownBy(() -> Redline.between(1, before, 2, after, Duration.ZERO))
                .isInstanceOf(LineDiff.TooComplexException.class);
        assertThat(Redline.between(1, before, 2, after, GENEROUS).lines())
                .filteredOn(line -> line.change() == Change.SAME).hasSize(1);
    }

    /** Lines like {@code "Old article 000042 ..."} up to {@code bytes}, every line different. */
    static String text(String prefix, int bytes) {
        StringBuilder text = new StringBuilder(bytes);
        for (int i = 0; text.length() + 64 <= bytes; i++) {
            text.append("%s %06d %s\n".formatted(prefix, i, "x".repeat(63 - prefix.length() - 8)));
        }
        return text.toString();
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(5))));
        }
        return lines;
    }

    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
