package gov.trade.negotiation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTests {

    @Test
    void shouldInterpolateBetweenTheClosestRanks() {
        Percentiles values = new Percentiles(List.of(8.0, 2.0, 6.0, 4.0));

        assertThat(values.median()).hasValue(5.0);
        assertThat(values.of(0.9).getAsDouble()).isCloseTo(7.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(values.of(0)).hasValue(2.0);
        assertThat(values.of(1)).hasValue(8.0);
    }

    @Test
    void shouldTakeTheMiddleValueOfAnOddCountAndNothingOfNone() {
        assertThat(new Percentiles(List.of(3.0, 1.0, 2.0)).median()).hasValue(2.0);
        assertThat(new Percentiles(List.of(7.0)).of(0.9)).hasValue(7.0);
        assertThat(new Percentiles(List.of()).median()).isEmpty();
        assertThatThrownBy(() -> new Percentiles(List.of(1.0)).of(90)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountParallelReviewsOnceAndRepeatedStaysTogether() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        double days = StageTimes.unionDays(List.of(
                new StageTimes.Interval(t, t.plusSeconds(2 * 86_400)),
                new StageTimes.Interval(t.plusSeconds(86_400), t.plusSeconds(3 * 86_400)),
                new StageTimes.Interval(t.plusSeconds(10 * 86_400), t.plusSeconds(11 * 86_400))));

        assertThat(days).isEqualTo(4.0);
    }
}
