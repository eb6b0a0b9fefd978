package gov.trade.negotiation.track;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

/**
 * A manager withdraws one track, with a reason: the track process's "Withdrawal ordered" message, which closes its
 * open tasks, puts the reason on its timeline (as the manager) and mails its desks and managers.
 */
@Service
public class TrackWithdrawal {

    static final int MAX_REASON = 4_000;

    private final TrackQueries tracks;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    TrackWithdrawal(TrackQueries tracks, RuntimeService runtimeService, IdentityService identityService) {
        this.tracks = tracks;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    public void withdraw(CurrentUser user, String trackId, String reason) {
        if (!user.isIn(Groups.MANAGERS)) {
            throw new AccessDeniedException("Only managers withdraw a track.");
        }
        TrackQueries.Track track = tracks.readable(trackId, user);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "is required: say why the track is withdrawn"));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "is longer than " + MAX_REASON + " characters"));
        }
        if (!track.running()) {
            throw new ConflictException("Track " + track.summary().id() + " has already ended ("
                    + track.summary().stage() + ").");
        }
        try {
            identityService.setAuthenticatedUserId(user.id());
            runtimeService.createMessageCorrelation(TrackProcess.MESSAGE_WITHDRAWAL)
                    .processInstanceId(track.processInstanceId())
                    .setVariable(TrackProcess.VAR_WITHDRAWAL_REASON, reason.strip())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Track " + track.summary().id()
                    + " has ended meanwhile, or runs on a process version that cannot be withdrawn by message.");
        } finally {
            identityService.clearAuthentication();
        }
    }
}
