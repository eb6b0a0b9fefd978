package gov.trade.negotiation.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.process.TestConfig;

class MeetingScheduleTests {

    private final NegotiationProperties config = TestConfig.projectConfig();
    private final MeetingSchedule schedule = new MeetingSchedule(config);
    private final ZoneId washington = config.kickoff().zone();

    @Test
    void shouldPlaceTheFirstMeetingAtTheConfiguredOffsetAfterTheKickoff() {
        MeetingSchedule.Slot first = schedule.slot(1);

        assertThat(LocalDateTime.ofInstant(first.start(), washington))
                .isEqualTo(config.kickoff().date().plusDays(config.meetings().firstOffset().toDays())
                        .atTime(config.meetings().timeOfDay()));
        assertThat(first.end()).isEqualTo(first.start().plus(config.meetings().length()));
        assertThat(first.schedulingOpens()).isEqualTo(first.start().minus(config.meetings().schedulingLead()));
    }

    @Test
    void shouldKeepTheLocalMeetingTimeAcrossDaylightSavingChanges() {
        for (int number = 1; number <= 14; number++) {
            assertThat(LocalDateTime.ofInstant(schedule.slot(number).start(), washington).toLocalTime())
                    .isEqualTo(config.meetings().timeOfDay());
        }
    }

    @Test
    void shouldNotCreateSlotsThatAreAlreadyPast() {
        Instant now = schedule.slot(5).start().minusSeconds(1);

        assertThat(schedule.nextSlot(0, now).number()).isEqualTo(5);
        assertThat(schedule.nextSlot(6, now).number()).isEqualTo(7);
        assertThat(schedule.nextSlot(0, schedule.slot(1).start()).number()).isEqualTo(1);
    }
}
