package gov.trade.negotiation.track;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.track.TrackProcess.CounterpartAnswer;

/**
 * Keeps one party's answer in the round's answers and the round's outcome up to date: AGREED only when every party
 * agreed, NO_ANSWER when any party will not answer, else MARKUP (any markup sends the text back for everyone). A
 * markup's text becomes the next draft version, authored by the counterpart, so the redline shows what they changed.
 */
@Component("recordCounterpartAnswer")
class CounterpartAnswerListener implements TaskListener {

    private final TrackTexts texts;
    private final TrackParties parties;

    CounterpartAnswerListener(TrackTexts texts, TrackParties parties) {
        this.texts = texts;
        this.parties = parties;
    }

    @Override
    public void notify(DelegateTask task) {
        String trackId = task.getExecution().getProcessBusinessKey();
        String party = (String) task.getVariable(TrackProcess.VAR_PARTY);
        CounterpartAnswer answer = CounterpartAnswer.valueOf((String) task.getVariable(TrackProcess.VAR_COUNTERPART_ANSWER));
        Map<String, String> record = new LinkedHashMap<>(Map.of("answer", answer.name()));
        Object markup = task.getVariable(TrackProcess.VAR_MARKUP_TEXT);
        if (answer == CounterpartAnswer.MARKUP && markup instanceof String text && !text.isBlank()) {
            Object round = task.getVariable(TrackProcess.VAR_NEGOTIATION_ROUND);
            record.put("version", String.valueOf(texts.addCounterpartVersion(trackId, party, text,
                    "Markup by " + party + " in round " + round).number()));
        }
        Map<String, Map<String, String>> answers = PartyRecords.parse(task.getVariable(TrackProcess.VAR_COUNTERPART_ANSWERS));
        answers.put(party, record);
        task.getExecution().setVariable(TrackProcess.VAR_COUNTERPART_ANSWERS, PartyRecords.write(answers));
        task.getExecution().setVariable(TrackProcess.VAR_ROUND_OUTCOME,
                outcome(answers.values().stream().map(r -> r.get("answer")).toList(), parties.of(trackId).size()).name());
    }

    static CounterpartAnswer outcome(Collection<String> answers, int partyCount) {
        if (answers.contains(CounterpartAnswer.NO_ANSWER.name())) {
            return CounterpartAnswer.NO_ANSWER;
        }
        if (answers.contains(CounterpartAnswer.MARKUP.name()) || answers.size() < partyCount) {
            return CounterpartAnswer.MARKUP;
        }
        return CounterpartAnswer.AGREED;
    }
}
