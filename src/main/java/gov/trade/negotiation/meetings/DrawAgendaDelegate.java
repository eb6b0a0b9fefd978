package gov.trade.negotiation.meetings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackStage;
import gov.trade.negotiation.track.TrackSummary;

/** The agenda lists the nation's open tracks; signed ones come up as implementation reviews. */
@Component("drawAgenda")
class DrawAgendaDelegate implements JavaDelegate {

    private final TrackQueries tracks;

    DrawAgendaDelegate(TrackQueries tracks) {
        this.tracks = tracks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<TrackSummary> open = tracks.openTracksOf((String) execution.getVariable(MeetingProcess.VAR_NATION));
        execution.setVariable(MeetingProcess.VAR_OPEN_TRACK_COUNT, open.size());
        execution.setVariable(MeetingProcess.VAR_AGENDA, open.stream()
                .map(track -> track.id() + ": " + (track.stage() == TrackStage.SIGNED
                        ? "implementation review"
                        : track.stage().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .collect(Collectors.joining("\n")));
    }
}
