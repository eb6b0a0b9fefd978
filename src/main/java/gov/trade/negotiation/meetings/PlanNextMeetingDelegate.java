package gov.trade.negotiation.meetings;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.Groups;

/** Picks the next meeting slot of the series that is not yet in the past. */
@Component("planNextMeeting")
class PlanNextMeetingDelegate implements JavaDelegate {

    private final MeetingSchedule schedule;
    private final EngineClock clock;

    PlanNextMeetingDelegate(MeetingSchedule schedule, EngineClock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer previous = (Integer) execution.getVariable(MeetingProcess.VAR_MEETING_NUMBER);
        String nation = (String) execution.getVariable(MeetingProcess.VAR_NATION);
        MeetingSchedule.Slot slot = schedule.nextSlot(nation, previous == null ? 0 : previous, clock.now());
        execution.setVariable(MeetingProcess.VAR_DESK_GROUP, Groups.desk(nation));
        execution.setVariable(MeetingProcess.VAR_MEETING_NUMBER, slot.number());
        execution.setVariable(MeetingProcess.VAR_MEETING_START, Date.from(slot.start()));
        execution.setVariable(MeetingProcess.VAR_MEETING_END, Date.from(slot.end()));
        execution.setVariable(MeetingProcess.VAR_SCHEDULING_OPENS, Date.from(slot.schedulingOpens()));
    }
}
