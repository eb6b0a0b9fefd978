package gov.trade.negotiation.program;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Read by the BPMN when a join's date is reached: {@code ${programJoins.trackIds(joinId)}} and
 * {@code ${programJoins.nations(joinId)}}, the collections of "Negotiate track" and "Hold follow-up meetings". The
 * message carries only the join's id; the lists come from the table, so no process variable holds them.
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
}
