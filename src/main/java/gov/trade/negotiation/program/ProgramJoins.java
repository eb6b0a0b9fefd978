package gov.trade.negotiation.program;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Read by the BPMN when a join's date is reached: {@code ${programJoins.trackIds(joinId)}} and
 * {@code ${programJoins.nations(joinId)}}, the collections of "Each joined track" and "Each joined nation's
 * meetings". The message carries only the join's id; the lists come from the table, so no process variable holds
 * them. Each start asks again, in its own job, whether its member still takes part ({@link #startsTrack}): a party
 * withdrawn after the lists were read, while the starts waited in the job queue, starts nothing.
 */
@Component("programJoins")
public class ProgramJoins {

    private final ProgramMembers members;

    ProgramJoins(ProgramMembers members) {
        this.members = members;
    }

    public List<String> trackIds(String joinId) {
        return members.ofJoin(joinId, MemberKind.TRACK);
    }

    public List<String> nations(String joinId) {
        return members.ofJoin(joinId, MemberKind.SERIES);
    }

    public boolean startsTrack(String joinId, String trackId) {
        return members.takesPart(joinId, MemberKind.TRACK, trackId);
    }

    public boolean startsMeetings(String joinId, String nation) {
        return members.takesPart(joinId, MemberKind.SERIES, nation);
    }
}
