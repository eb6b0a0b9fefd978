package gov.trade.negotiation.track;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the date each side completed its domestic procedures; the agreement enters into force on the latest of
 * them (the day the last notification is made).
 */
@Component("recordDomesticProcedures")
class DomesticProceduresListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object completedOn = task.getVariable(TrackProcess.VAR_COMPLETED_ON);
        Map<String, Map<String, String>> sides = PartyRecords.parse(task.getVariable(TrackProcess.VAR_DOMESTIC_PROCEDURES));
        sides.put((String) task.getVariable(TrackProcess.VAR_PARTY),
                Map.of("completedOn", completedOn == null ? "" : completedOn.toString()));
        task.getExecution().setVariable(TrackProcess.VAR_DOMESTIC_PROCEDURES, PartyRecords.write(sides));
        sides.values().stream().map(side -> side.get("completedOn")).filter(date -> !date.isEmpty())
                .max(String::compareTo)
                .ifPresent(latest -> task.getExecution().setVariable(TrackProcess.VAR_EFFECTIVE_ON, latest));
    }
}
