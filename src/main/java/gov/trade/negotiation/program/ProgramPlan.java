package gov.trade.negotiation.program;

import java.util.List;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackId;

/**
 * What the kickoff starts, from configuration: used by the BPMN as the collections of its multi-instance call
 * activities ({@code ${programPlan.trackIds()}}, {@code ${programPlan.nationCodes()}}).
 */
@Component("programPlan")
public class ProgramPlan {

    private final NegotiationProperties properties;

    public ProgramPlan(NegotiationProperties properties) {
        this.properties = properties;
    }

    /** One track per nation and focus area, nation by nation in configured order. */
    public List<String> trackIds() {
        return properties.nations().stream()
                .flatMap(nation -> properties.areasOf(nation).stream()
                        .map(area -> new TrackId(nation.code(), area.code()).toString()))
                .toList();
    }

    public List<String> nationCodes() {
        return properties.nations().stream().map(NegotiationProperties.Nation::code).toList();
    }

    public String meetingSeriesKey(String nation) {
        return MeetingProcess.seriesKey(nation);
    }
}
