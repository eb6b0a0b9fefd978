package gov.trade.negotiation.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackStage;

/**
 * Once a day, from the configured digest time in the program's time zone: each manager gets what is overdue,
 * what falls due this week and which tracks are stalled; each user who takes a digest gets the mail held for them.
 * The per-day dedup key makes it once a day however many nodes check.
 */
@Service
public class DailyDigest {

    private final Notifications notifications;
    private final Outbox outbox;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final MailSettings mail;
    private final ZoneId zone;
    private final EngineClock clock;

    DailyDigest(Notifications notifications, Outbox outbox, TaskService taskService, RuntimeService runtimeService,
            IdentityService identityService, MailSettings mail, NegotiationProperties properties, EngineClock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.mail = mail;
        this.zone = properties.kickoff().zone();
        this.clock = clock;
    }

    /** Records today's digests if the digest time has passed and nobody recorded them yet; true if it did. */
    @Transactional
    public boolean recordIfDue() {
        Instant now = clock.now();
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        String dayKey = "DIGEST:" + day;
        if (local.toLocalTime().isBefore(mail.digestTime()) || notifications.recorded(dayKey)) {
            return false;
        }
        Map<String, Object> managerFacts = managerFacts(now);
        boolean anythingForManagers = managerFacts.values().stream().anyMatch(list -> !((List<?>) list).isEmpty());
        Set<String> managers = new LinkedHashSet<>();
        identityService.createUserQuery().memberOfGroup(Groups.MANAGERS).list().stream().map(User::getId)
                .forEach(managers::add);
        Set<String> users = new LinkedHashSet<>(managers);
        users.addAll(outbox.usersWithHeldMail());
        for (String user : users) {
            List<OutboxMail> held = outbox.heldForDigest(user);
            boolean manager = managers.contains(user);
            if (held.isEmpty() && !(manager && anythingForManagers)) {
                continue;
            }
            Map<String, Object> facts = new HashMap<>(manager ? managerFacts : emptyFacts());
            facts.put("held", held.stream().map(row -> Map.of("subject", row.subject(),
                    "url", row.taskId() != null ? mail.baseUrl() + "/tasks/" + row.taskId()
                            : mail.baseUrl() + "/tracks/" + row.businessKey())).toList());
            facts.put("day", day.toString());
            String key = dayKey + ":" + user;
            if (!notifications.recorded(key)) {
                notifications.record(new Notification(key, NotificationKind.DIGEST, null, null,
                        List.of(Notification.user(user)), now, facts));
                outbox.markDigested(held.stream().map(OutboxMail::id).toList());
            }
        }
        Map<String, Object> marker = new HashMap<>(emptyFacts());
        marker.put("day", day.toString());
        notifications.record(new Notification(dayKey, NotificationKind.DIGEST, null, null, List.of(), now, marker));
        return true;
    }

    private Map<String, Object> managerFacts(Instant now) {
        Date weekEnd = Date.from(now.plus(Duration.ofDays(7)));
        Map<String, Object> facts = new HashMap<>();
        facts.put("overdue", lines(taskService.createTaskQuery().dueBefore(Date.from(now)).orderByDueDate().asc().list()));
        facts.put("dueThisWeek", lines(taskService.createTaskQuery().dueAfter(Date.from(now)).dueBefore(weekEnd)
                .orderByDueDate().asc().list()));
        List<Map<String, Object>> stalled = new ArrayList<>();
        for (Task task : taskService.createTaskQuery()
                .taskDefinitionKeyIn(TrackStage.STALLED.taskKeys().toArray(String[]::new))
                .orderByTaskCreateTime().asc().list()) {
            String track = businessKeyOf(task);
            stalled.add(Map.of("track", track, "task", task.getName(), "url", mail.baseUrl() + "/tracks/" + track));
        }
        facts.put("stalled", stalled);
        return facts;
    }

    private List<Map<String, Object>> lines(List<Task> tasks) {
        return tasks.stream().map(task -> Map.<String, Object>of("task", task.getName(), "track", businessKeyOf(task),
                "due", task.getDueDate().toInstant(), "url", mail.baseUrl() + "/tasks/" + task.getId())).toList();
    }

    private String businessKeyOf(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null || instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
    }

    private static Map<String, Object> emptyFacts() {
        return Map.of("overdue", List.of(), "dueThisWeek", List.of(), "stalled", List.of(), "held", List.of());
    }
}
