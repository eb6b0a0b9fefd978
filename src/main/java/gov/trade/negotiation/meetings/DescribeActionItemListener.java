package gov.trade.negotiation.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives each action item task its track and text, so the desk's inbox shows what is to be done. */
@Component("describeActionItem")
class DescribeActionItemListener implements TaskListener {

    private final MeetingMinutes minutes;

    DescribeActionItemListener(MeetingMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    public void notify(DelegateTask task) {
        String item = (String) task.getVariable("actionItem");
        String text = minutes.textOf(item);
        task.setVariableLocal(MeetingProcess.VAR_ACTION_ITEM_TRACK, minutes.trackOf(item));
        task.setVariableLocal(MeetingProcess.VAR_ACTION_ITEM_TEXT, text);
        task.setDescription(minutes.trackOf(item) + ": " + text);
    }
}
