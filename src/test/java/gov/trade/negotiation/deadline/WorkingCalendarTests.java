package gov.trade.negotiation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.process.TestConfig;

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

    @Test
    void shouldSkipNewYearsDay2027FromTheHolidayLibraryThoughTheConfiguredListEndsIn2026() {
        NegotiationProperties config = TestConfig.projectConfig();
        assertThat(config.deadlines().holidays()).allMatch(day -> day.getYear() < 2027);
        WorkingCalendar us = new PartyCalendars(config).us();
        Instant wednesday = Instant.parse("2026-12-30T15:00:00Z");

        assertThat(us.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(us.isWorkingDay(LocalDate.of(2027, 1, 18))).as("Martin Luther King Jr. Day").isFalse();
        assertThat(us.plus(wednesday, Duration.ofDays(2))).as("Thursday, then Monday 4 January")
                .isEqualTo(Instant.parse("2027-01-04T15:00:00Z"));
    }

    @Test
    void shouldDueADraftingTaskCreatedBeforeNewYear2027AfterSkippingTheFirstOfJanuary() {
        NegotiationProperties config = TestConfig.projectConfig();
        Instant monday = Instant.parse("2026-12-28T15:00:00Z");
        Deadlines deadlines = new Deadlines(config, new EngineClock() {
            @Override
            public Instant now() {
                return monday;
            }
        });

        // 14 working days from Monday 28 December: 29, 30, 31 Dec, (1 Jan holiday), 4-8, 11-15, 19 (18th is MLK Day) Jan
        assertThat(deadlines.dueDate("drafting").toInstant()).isEqualTo(Instant.parse("2027-01-19T15:00:00Z"));
    }

    @Test
    void shouldCountSundayAsAWorkingDayInIsraelAndFridayAndSaturdayAsItsWeekend() {
        WorkingCalendar israel = new PartyCalendars(TestConfig.projectConfig()).of("IL");

        assertThat(israel.isWorkingDay(LocalDate.of(2026, 1, 11))).as("Sunday").isTrue();
        assertThat(israel.isWorkingDay(LocalDate.of(2026, 1, 9))).as("Friday").isFalse();
        assertThat(israel.isWorkingDay(LocalDate.of(2026, 1, 10))).as("Saturday").isFalse();
        assertThat(israel.zone()).isEqualTo(ZoneId.of("Asia/Jerusalem"));
    }

    @Test
    void shouldTakeEachPartysOwnHolidaysFromTheLibraryWhereItHasThem() {
        PartyCalendars calendars = new PartyCalendars(TestConfig.projectConfig());

        assertThat(calendars.of("JP").isWorkingDay(LocalDate.of(2026, 2, 11))).as("National Foundation Day").isFalse();
        assertThat(calendars.us().isWorkingDay(LocalDate.of(2026, 2, 11))).isTrue();
        assertThat(calendars.us().isWorkingDay(LocalDate.of(2026, 7, 3))).as("Independence Day observed").isFalse();
    }
}
