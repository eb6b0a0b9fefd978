package gov.trade.negotiation.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.deadline.PartyCalendars;

/**
 * A meeting time as both sides read it: "Mon 12 Jan 2026, 09:00 New York / 16:00 Jerusalem" (the counterpart's
 * day is named too where it differs). Used by invitations (mail and calendar file) and pages.
 */
@Component
public class MeetingTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("HH:mm EEE d MMM", Locale.ENGLISH);

    private final PartyCalendars calendars;

    public MeetingTimes(PartyCalendars calendars) {
        this.calendars = calendars;
    }

    public String bothLocal(String nation, Instant start) {
        ZonedDateTime ours = start.atZone(calendars.us().zone());
        ZonedDateTime theirs = start.atZone(calendars.of(nation).zone());
        String them = theirs.toLocalDate().equals(ours.toLocalDate()) ? TIME.format(theirs) : OTHER_DAY.format(theirs);
        return DAY.format(ours) + ", " + TIME.format(ours) + " " + place(ours.getZone()) + " / " + them + " "
                + place(theirs.getZone());
    }

    /** The city of a region-based zone id ("America/New_York" reads "New York"). */
    private static String place(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }
}
