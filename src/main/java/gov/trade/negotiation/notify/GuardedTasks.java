package gov.trade.negotiation.notify;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The open tasks a deadline timer guards. Notification end events follow a boundary timer; the timer is
 * attached to the user task whose open instances (one, or several for a multi-instance task) are meant.
 */
final class GuardedTasks {

    private GuardedTasks() {
    }

    static List<Task> of(DelegateExecution execution) {
        FlowNode notificationEvent = (FlowNode) execution.getBpmnModelElementInstance();
        BoundaryEvent timer = (BoundaryEvent) notificationEvent.getPreviousNodes().singleResult();
        String taskKey = timer.getAttachedTo().getId();
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list();
    }
}
