package gov.trade.negotiation.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.process.TestConfig;

class MeetingScheduleTests {

    private final NegotiationProperties config = TestConfig.projectConfig();
    private final MeetingSchedule schedule = new MeetingSchedule(config);
    private final ZoneId washington = config.kickoff().zone();
    /** Kickoff plus the first offset: Friday 9 January 2026. */
    private final LocalDate firstNominalDay = config.kickoff().date().plusDays(config.meetings().firstOffset().toDays());

    @Test
    void shouldPlaceTheFirstMeetingAtTheConfiguredTimeWhereBothSidesAreInTheOffice() {
        MeetingSchedule.Slot first = schedule.slot("GB", 1);

        assertThat(LocalDateTime.ofInstant(first.start(), washington))
                .isEqualTo(firstNominalDay.atTime(config.meetings().timeOfDay()));
        assertThat(LocalDateTime.ofInstant(first.start(), ZoneId.of("Europe/London"))).isEqualTo("2026-01-09T15:00");
        assertThat(first.end()).isEqualTo(first.start().plus(config.meetings().length()));
        assertThat(first.schedulingOpens()).isEqualTo(first.start().minus(config.meetings().schedulingLead()));
    }

    @Test
    void shouldKeepTheLocalMeetingTimeAcrossDaylightSavingChanges() {
        for (int number = 1; number <= 14; number++) {
            assertThat(LocalDateTime.ofInstant(schedule.slot("GB", number).start(), washington).toLocalTime())
                    .isEqualTo(config.meetings().timeOfDay());
        }
    }

    @Test
    void shouldMoveAnIsraeliMeetingOffItsFridayToTheFirstDayBothSidesWorkInTheOfficeHoursTheyShare() {
        MeetingSchedule.Slot first = schedule.slot("IL", 1);

        LocalDateTime jerusalem = LocalDateTime.ofInstant(first.start(), ZoneId.of("Asia/Jerusalem"));
        LocalDateTime newYork = LocalDateTime.ofInstant(first.start(), washington);
        assertThat(firstNominalDay.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(newYork).as("Monday, the first day after Friday both sides work").isEqualTo("2026-01-12T09:00");
        assertThat(jerusalem).as("the last office hour in Jerusalem").isEqualTo("2026-01-12T16:00");
    }

    @Test
    void shouldPutATokyoMeetingAtTheEndOfTheUsDayClosestToTokyoMorningWhereOfficeHoursNeverOverlap() {
        MeetingSchedule.Slot first = schedule.slot("JP", 1);

        LocalDateTime tokyo = LocalDateTime.ofInstant(first.start(), ZoneId.of("Asia/Tokyo"));
        LocalDateTime newYork = LocalDateTime.ofInstant(first.start(), washington);
        assertThat(newYork.toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(newYork.plus(config.meetings().length()).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(tokyo.getDayOfWeek()).as("a working day in Tokyo").isBetween(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(tokyo.toLocalTime()).isEqualTo(LocalTime.of(5, 0));
    }

    @Test
    void shouldNotCreateSlotsThatAreAlreadyPast() {
        Instant now = schedule.slot("GB", 5).start().minusSeconds(1);

        assertThat(schedule.nextSlot("GB", 0, now).number()).isEqualTo(5);
        assertThat(schedule.nextSlot("GB", 6, now).number()).isEqualTo(7);
        assertThat(schedule.nextSlot("GB", 0, schedule.slot("GB", 1).start()).number()).isEqualTo(1);
    }
}
