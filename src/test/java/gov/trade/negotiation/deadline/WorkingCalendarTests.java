package gov.trade.negotiation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Friday 19 December 2025, 10:00 in New York. */
    private static final Instant FRIDAY = Instant.parse("2025-12-19T15:00:00Z");

    @Test
    void shouldSkipWeekendsAndHolidaysAndKeepTheTimeOfDay() {
        WorkingCalendar calendar = new WorkingCalendar(NEW_YORK, true, Set.of(LocalDate.of(2025, 12, 25)));

        assertThat(calendar.plus(FRIDAY, Duration.ofDays(1))).isEqualTo(Instant.parse("2025-12-22T15:00:00Z"));
        assertThat(calendar.plus(FRIDAY, Duration.ofDays(4))).as("Christmas skipped")
                .isEqualTo(Instant.parse("2025-12-26T15:00:00Z"));
        assertThat(calendar.minus(Instant.parse("2025-12-26T15:00:00Z"), Duration.ofDays(2)))
                .isEqualTo(Instant.parse("2025-12-23T15:00:00Z"));
        assertThat(calendar.plus(FRIDAY, Duration.ofDays(1).plusHours(3))).isEqualTo(Instant.parse("2025-12-22T18:00:00Z"));
    }

    @Test
    void shouldCountCalendarTimeWhenWorkingDaysAreOff() {
        WorkingCalendar calendar = new WorkingCalendar(NEW_YORK, false, Set.of(LocalDate.of(2025, 12, 25)));

        assertThat(calendar.plus(FRIDAY, Duration.ofDays(4))).isEqualTo(Instant.parse("2025-12-23T15:00:00Z"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 20))).isFalse();
    }
}
