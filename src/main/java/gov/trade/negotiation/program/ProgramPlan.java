package gov.trade.negotiation.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.config.NegotiationProperties.Agreement;
import gov.trade.negotiation.config.NegotiationProperties.Nation;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackId;

/**
 * What the program should hold, from configuration alone: one track per taking-part nation and focus area, one
 * per plurilateral agreement and area, and one meeting series per taking-part nation, each with its joining date.
 * Used by the BPMN for the series' business key ({@code ${programPlan.meetingSeriesKey(nation)}}).
 */
@Component("programPlan")
public class ProgramPlan {

    /** A track or meeting series as configured; {@code joins} null means at once. */
    public record Member(MemberKind kind, String id, String party, LocalDate joins) {
    }

    private final NegotiationProperties properties;

    public ProgramPlan(NegotiationProperties properties) {
        this.properties = properties;
    }

    public List<Member> members() {
        List<Member> members = new ArrayList<>();
        for (Nation nation : properties.activeNations()) {
            properties.areasOf(nation).forEach(area -> members.add(new Member(MemberKind.TRACK,
                    new TrackId(nation.code(), area.code()).toString(), nation.code(), nation.joins())));
        }
        for (Agreement agreement : properties.agreements()) {
            properties.areasOf(agreement).forEach(area -> members.add(new Member(MemberKind.TRACK,
                    new TrackId(agreement.code(), area.code()).toString(), agreement.code(), agreement.joins())));
        }
        for (Nation nation : properties.activeNations()) {
            members.add(new Member(MemberKind.SERIES, nation.code(), nation.code(), nation.joins()));
        }
        return members;
    }

    /** The planned tracks, nation by nation in configured order, then the agreements'. */
    public List<String> trackIds() {
        return members().stream().filter(member -> member.kind() == MemberKind.TRACK).map(Member::id).toList();
    }

    /** The nations that hold a meeting series, in configured order. */
    public List<String> nationCodes() {
        return members().stream().filter(member -> member.kind() == MemberKind.SERIES).map(Member::id).toList();
    }

    public String meetingSeriesKey(String nation) {
        return MeetingProcess.seriesKey(nation);
    }
}
