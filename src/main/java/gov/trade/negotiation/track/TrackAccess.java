package gov.trade.negotiation.track;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

/**
 * Who may read a track and write its drafts. Its lead group, each party's desk and the area's leads work on it
 * (parties as {@link TrackParties} says); legal and interagency reviewers read all texts; managers, the principal and
 * administrators read everything.
 */
@Component
public class TrackAccess {

    private final TrackParties parties;

    public TrackAccess(TrackParties parties) {
        this.parties = parties;
    }

    public boolean canRead(CurrentUser user, TrackId track) {
        return user.readsEverything() || canWriteDrafts(user, track);
    }

    public boolean canWriteDrafts(CurrentUser user, TrackId track) {
        String trackId = track.toString();
        return user.isIn(parties.leadGroupOf(trackId)) || parties.of(trackId).stream().map(Groups::desk).anyMatch(user::isIn)
                || user.isIn(track.areaLeadGroup()) || user.isIn(Groups.LEGAL) || user.isIn(Groups.INTERAGENCY);
    }

    public void checkRead(CurrentUser user, TrackId track) {
        if (!canRead(user, track)) {
            throw new AccessDeniedException("Track " + track + " is not open to your groups.");
        }
    }

    public void checkWriteDrafts(CurrentUser user, TrackId track) {
        if (!canWriteDrafts(user, track)) {
            throw new AccessDeniedException("Your groups may not add drafts to track " + track + ".");
        }
    }
}
