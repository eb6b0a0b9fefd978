package gov.trade.negotiation.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The nation left the program while a meeting with it was ahead: the invitees get the calendar cancellation. */
@Component("cancelInvitation")
class CancelInvitationDelegate implements JavaDelegate {

    private final MeetingInvitations invitations;

    CancelInvitationDelegate(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.cancelForWithdrawal(execution, execution.getProcessBusinessKey());
    }
}
