package gov.trade.negotiation.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/**
 * The timetable of a follow-up series: slot 1 at the configured offset after the kickoff, then one slot per
 * cadence, at the configured local time in the kickoff's time zone (so daylight saving does not move meetings).
 */
@Component
public class MeetingSchedule {

    private final NegotiationProperties properties;

    public MeetingSchedule(NegotiationProperties properties) {
        this.properties = properties;
    }

    public record Slot(int number, Instant start, Instant end, Instant schedulingOpens) {
    }

    /** The first slot after {@code previousNumber} that has not started by {@code now}: past slots are skipped. */
    public Slot nextSlot(int previousNumber, Instant now) {
        int number = previousNumber + 1;
        while (startOf(number).toInstant().isBefore(now)) {
            number++;
        }
        return slot(number);
    }

    public Slot slot(int number) {
        NegotiationProperties.Meetings meetings = properties.meetings();
        ZonedDateTime start = startOf(number);
        return new Slot(number, start.toInstant(), start.plus(meetings.length()).toInstant(),
                start.minus(meetings.schedulingLead()).toInstant());
    }

    private ZonedDateTime startOf(int number) {
        NegotiationProperties.Meetings meetings = properties.meetings();
        ZonedDateTime first = plusCalendar(properties.kickoff().date()
                .atTime(meetings.timeOfDay())
                .atZone(properties.kickoff().zone()), meetings.firstOffset());
        ZonedDateTime start = first;
        for (int i = 1; i < number; i++) {
            start = plusCalendar(start, meetings.cadence());
        }
        return start;
    }

    /** Whole days are calendar days in the zone; the rest is exact time. */
    private static ZonedDateTime plusCalendar(ZonedDateTime time, Duration duration) {
        return time.plusDays(duration.toDays()).plus(duration.minusDays(duration.toDays()));
    }
}
