package gov.trade.negotiation.notify;

import java.time.Instant;
import java.time.ZoneId;

/** A meeting as it goes into an iCalendar attachment: REQUEST for an invitation or update, CANCEL to call it off. */
public record CalendarEntry(String uid, int sequence, String method, String summary, String description,
        Instant start, Instant end, ZoneId zone) {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";
}
