package gov.trade.negotiation.meetings;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/** Where a nation's meeting series stands: the next meeting and its agenda. */
@Service
public class MeetingQueries {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final MeetingTimes times;

    MeetingQueries(RuntimeService runtimeService, HistoryService historyService, MeetingTimes times) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.times = times;
    }

    /**
     * The series state; {@code nextMeeting} is null once the series has ended; {@code localTimes} the next meeting
     * as both sides read it.
     */
    public record Series(String businessKey, boolean running, Integer meetingNumber, Instant nextMeeting,
            String place, String agenda, String localTimes) {
    }

    public Optional<Series> seriesOf(String nation) {
        String key = MeetingProcess.seriesKey(nation);
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeetingProcess.KEY).processInstanceBusinessKey(key)
                .list().stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        if (instance.getEndTime() != null) {
            return Optional.of(new Series(key, false, null, null, null, null, null));
        }
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        Date start = (Date) variables.get(MeetingProcess.VAR_MEETING_START);
        return Optional.of(new Series(key, true, (Integer) variables.get(MeetingProcess.VAR_MEETING_NUMBER),
                start == null ? null : start.toInstant(), (String) variables.get("place"),
                (String) variables.get(MeetingProcess.VAR_AGENDA),
                start == null ? null : times.bothLocal(nation, start.toInstant())));
    }
}
