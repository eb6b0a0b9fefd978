package gov.trade.negotiation.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the desk has scheduled a meeting, the invitation goes out (in the same transaction). */
@Component("inviteToMeeting")
class InviteToMeetingListener implements TaskListener {

    private final MeetingInvitations invitations;

    InviteToMeetingListener(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void notify(DelegateTask task) {
        invitations.invite(task.getExecution(), task.getExecution().getProcessBusinessKey());
    }
}
