package gov.trade.negotiation.notify;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/** What task mail shows about a task. */
final class TaskFacts {

    private TaskFacts() {
    }

    static Map<String, Object> of(Task task) {
        return facts(task.getId(), task.getName(), task.getDescription(), task.getDueDate());
    }

    static Map<String, Object> of(DelegateTask task) {
        return facts(task.getId(), task.getName(), task.getDescription(), task.getDueDate());
    }

    private static Map<String, Object> facts(String id, String name, String description, java.util.Date due) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("taskId", id);
        facts.put("taskName", name == null ? "" : name);
        facts.put("description", description);
        facts.put("due", due == null ? null : due.toInstant());
        return facts;
    }
}
