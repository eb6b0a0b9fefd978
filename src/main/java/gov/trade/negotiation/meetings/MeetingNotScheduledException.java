package gov.trade.negotiation.meetings;

/** No meeting with that number is scheduled and waiting to be held in the nation's series. */
public class MeetingNotScheduledException extends RuntimeException {

    public MeetingNotScheduledException(String nation, int number) {
        super("Meeting " + number + " with " + nation + " is not scheduled (not yet scheduled, already held or cancelled)");
    }
}
