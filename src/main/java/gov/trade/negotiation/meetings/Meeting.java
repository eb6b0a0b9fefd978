package gov.trade.negotiation.meetings;

import java.time.Instant;

/**
 * One follow-up meeting of a nation's series as {@code GET /api/meetings} lists it. {@code plannedStart} is the slot
 * the series planned; {@code scheduledStart} is when the desk scheduled it (or moved it to), null while it is only
 * planned; {@code invitationSequence} is the calendar SEQUENCE of its last invitation, update or cancellation.
 */
public record Meeting(String nation, int number, Status status, Instant plannedStart, Instant scheduledStart,
        String place, Integer invitationSequence, String agenda) {

    public enum Status {
        /** Planned by the series; the desk has not scheduled it yet. */
        PLANNED,
        /** Scheduled by the desk, invitations sent; not yet held. */
        SCHEDULED,
        /** Its time came: held, minutes and action items follow. */
        HELD,
        /** Called off by the desk or managers, or the series ended before it was scheduled. */
        CALLED_OFF
    }
}
