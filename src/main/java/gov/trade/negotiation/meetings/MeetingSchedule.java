package gov.trade.negotiation.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.deadline.PartyCalendars;
import gov.trade.negotiation.deadline.WorkingCalendar;

/**
 * The timetable of a follow-up series. Slot n falls in the week from its nominal day (the configured offset after
 * the kickoff, then one per cadence, in the US zone). Within that week it takes the start, in US office hours on a
 * US working day, that puts most of the meeting inside the counterpart's office hours on its working days; among
 * equals the one nearest to the counterpart's office hours, then the earliest day, then the one nearest to the
 * configured time of day. Where the office hours never overlap (New York and Tokyo), that is the end of the US
 * day closest to the counterpart's morning.
 */
@Component
public class MeetingSchedule {

    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int DAYS_TO_SEARCH = 7;

    private final NegotiationProperties properties;
    private final PartyCalendars calendars;

    @Autowired
    public MeetingSchedule(NegotiationProperties properties, PartyCalendars calendars) {
        this.properties = properties;
        this.calendars = calendars;
    }

    public MeetingSchedule(NegotiationProperties properties) {
        this(properties, new PartyCalendars(properties));
    }

    public record Slot(int number, Instant start, Instant end, Instant schedulingOpens) {
    }

    /** The first slot after {@code previousNumber} that has not started by {@code now}: past slots are skipped. */
    public Slot nextSlot(String nation, int previousNumber, Instant now) {
        int number = previousNumber + 1;
        Slot slot = slot(nation, number);
        while (slot.start().isBefore(now)) {
            slot = slot(nation, ++number);
        }
        return slot;
    }

    public Slot slot(String nation, int number) {
        NegotiationProperties.Meetings meetings = properties.meetings();
        WorkingCalendar us = calendars.us();
        WorkingCalendar them = calendars.of(nation);
        LocalDate nominal = nominalDay(number);
        Candidate best = null;
        for (int day = 0; day < DAYS_TO_SEARCH; day++) {
            LocalDate date = nominal.plusDays(day);
            if (!us.isWorkingDay(date)) {
                continue;
            }
            for (LocalTime time = us.opens(); !time.plus(meetings.length()).isAfter(us.closes())
                    && !time.plus(meetings.length()).isBefore(time); time = time.plus(STEP)) {
                ZonedDateTime start = date.atTime(time).atZone(us.zone());
                Instant end = start.plus(meetings.length()).toInstant();
                Candidate candidate = new Candidate(start.toInstant(), end,
                        them.minutesInOfficeHours(start.toInstant(), end),
                        them.minutesFromOfficeHours(start.toInstant(), end), day,
                        Math.abs(Duration.between(meetings.timeOfDay(), time).toMinutes()));
                if (best == null || Candidate.ORDER.compare(candidate, best) < 0) {
                    best = candidate;
                }
            }
        }
        Instant start = best != null ? best.start() : nominal.atTime(meetings.timeOfDay()).atZone(us.zone()).toInstant();
        Instant end = start.plus(meetings.length());
        return new Slot(number, start, end, start.minus(meetings.schedulingLead()));
    }

    private record Candidate(Instant start, Instant end, long insideTheirHours, long fromTheirHours, int day,
            long fromTimeOfDay) {
        static final Comparator<Candidate> ORDER = Comparator.comparingLong((Candidate c) -> -c.insideTheirHours())
                .thenComparingLong(Candidate::fromTheirHours)
                .thenComparingInt(Candidate::day)
                .thenComparingLong(Candidate::fromTimeOfDay);
    }

    /** The nominal day of slot n: whole days of offset and cadence are calendar days in the US zone. */
    private LocalDate nominalDay(int number) {
        NegotiationProperties.Meetings meetings = properties.meetings();
        LocalDate day = properties.kickoff().date().plusDays(meetings.firstOffset().toDays());
        for (int i = 1; i < number; i++) {
            day = day.plusDays(meetings.cadence().toDays());
        }
        return day;
    }
}
