package gov.trade.negotiation.tasks;

import static gov.trade.negotiation.track.TrackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.program.ProgramKickoffBenchmark;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.TaskRef;
import gov.trade.negotiation.workflow.Vocabularies;

/**
 * Staff load over real HTTP against the raw engine in the same run: 50 nations x 6 areas from config (300 tracks)
 * kicked off on an H2 file as {@code ./mvnw spring-boot:run} uses; one user in every desk, area, review and manager
 * group. The tracks are dealt into four sets that move through the stages together: for every kind of task the
 * track reaches, one set warms up and one is measured over {@code POST /api/tasks/{id}/complete} with 4 clients,
 * the other two with {@code TaskService.complete} from 4 threads with the variables the app would pass. Then the
 * inbox of 600 tasks, single client. Prints completions/s and the ratio; asserts that every task completed once and
 * every track reached the next step. Run with {@code -Pbenchmarks}.
 */
class HttpCompletionBenchmark {

    private static final int CLIENTS = 4;
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-1";
    private static final int INBOX_WARM_UP = 50;
    private static final int INBOX_REQUESTS = 300;

    /** The kinds of task in the order a track reaches them, with the form a user sends. */
    private static final List<Step> STEPS = List.of(
            new Step("drafting", List.of(USER_TASK_DRAFT_TEXT),
                    "{\"text\": \"Article 1. The parties secure the supply chains of %s.\", \"comment\": \"First draft\"}"),
            new Step("legal review", List.of(USER_TASK_LEGAL_REVIEW), "{\"decision\": \"APPROVE\"}"),
            new Step("interagency review", List.of(USER_TASK_INTERAGENCY_REVIEW), "{\"decision\": \"APPROVE\"}"),
            new Step("send text", List.of(USER_TASK_SEND_TEXT), "{\"comment\": \"Sent\"}"),
            new Step("counterpart answer", List.of(USER_TASK_RECORD_ANSWER), "{\"decision\": \"AGREED\"}"),
            new Step("initialing", List.of(USER_TASK_INITIAL_TEXT), "{\"initialedOn\": \"2026-03-02\", "
                    + "\"usNegotiator\": \"J. Smith\", \"counterpartNegotiators\": \"K. Tanaka\"}"),
            new Step("conformity check", List.of(USER_TASK_CHECK_CONFORMITY), "{\"decision\": \"CONFORMS\"}"),
            new Step("area lead sign-off", List.of(USER_TASK_AREA_LEAD_SIGN_OFF), "{\"decision\": \"APPROVE\"}"),
            new Step("program manager sign-off", List.of(USER_TASK_PROGRAM_MANAGER_SIGN_OFF),
                    "{\"decision\": \"APPROVE\"}"),
            new Step("Under Secretary sign-off", List.of(USER_TASK_UNDER_SECRETARY_SIGN_OFF),
                    "{\"decision\": \"APPROVE\"}"),
            new Step("signature", List.of(USER_TASK_SIGN), "{\"signedOn\": \"2026-04-01\", \"signedAt\": \"Tokyo\", "
                    + "\"usSignatory\": \"Under Secretary\", \"counterpartSignatory\": \"Minister\"}"),
            new Step("transmittal", List.of(USER_TASK_TRANSMIT_TEXT), "{\"transmittedOn\": \"2026-04-10\"}"),
            new Step("report to Congress", List.of(USER_TASK_REPORT_TO_CONGRESS), "{\"reportedOn\": \"2026-05-01\"}"));

    private record Step(String name, List<String> keys, String form) {
    }

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldCompleteEveryKindOfTaskOverHttpAtAMeasuredCostOverTheRawEngine() throws Exception {
        Path config = ProgramKickoffBenchmark.fiftyNations(folder.resolve("negotiation.yaml"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev")
                .run("--negotiation.config-file=file:" + config,
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("negotiation"),
                        "--server.port=0", "--dashboard.refresh-enabled=false")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            TaskService taskService = app.getBean(TaskService.class);
            benchUser(app.getBean(IdentityService.class));
            ProgramService programs = app.getBean(ProgramService.class);
            programs.start();
            assertThat(ProgramKickoffBenchmark.waitUntilComplete(programs, Duration.ofMinutes(10)).tracksStarted())
                    .isEqualTo(300);

            List<ProcessInstance> tracks = app.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processDefinitionKey(KEY).list().stream()
                    .sorted(Comparator.comparing(ProcessInstance::getBusinessKey)).toList();
            // dealt round-robin so that every set holds every area and many nations
            List<List<ProcessInstance>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int i = 0; i < tracks.size(); i++) {
                int slot = i % 12;
                sets.get(slot == 0 ? 0 : slot == 1 ? 1 : slot % 2 == 0 ? 2 : 3).add(tracks.get(i));
            }
            List<ProcessInstance> warmHttp = sets.get(0);
            List<ProcessInstance> warmRaw = sets.get(1);
            List<ProcessInstance> measuredHttp = sets.get(2);
            List<ProcessInstance> measuredRaw = sets.get(3);

            Raw raw = new Raw(taskService, app.getBean(Vocabularies.class),
                    new TaskFormValidator(app.getBean(NegotiationProperties.class).kickoff().zone()));
            Map<String, double[]> results = new LinkedHashMap<>();
            String inbox = null;
            for (Step step : STEPS) {
                completeOverHttp(port, tasks(taskService, warmHttp, step), step);
                raw.complete(tasks(taskService, warmRaw, step), step);

                List<Task> httpTasks = tasks(taskService, measuredHttp, step);
                List<Task> rawTasks = tasks(taskService, measuredRaw, step);
                // in halves, HTTP raw raw HTTP, so that a drift in the machine's load weighs on both alike
                int h = httpTasks.size() / 2;
                int r = rawTasks.size() / 2;
                double httpSeconds = completeOverHttp(port, httpTasks.subList(0, h), step);
                double rawSeconds = raw.complete(rawTasks.subList(0, r), step);
                rawSeconds += raw.complete(rawTasks.subList(r, rawTasks.size()), step);
                httpSeconds += completeOverHttp(port, httpTasks.subList(h, httpTasks.size()), step);
                results.put(step.name(), new double[] {httpTasks.size() / httpSeconds, rawTasks.size() / rawSeconds});

                assertThat(open(taskService, step)).as("open %s tasks after completing them", step.name())
                        .isZero();
                if (step.keys().contains(USER_TASK_DRAFT_TEXT)) {
                    inbox = measureInbox(port);
                }
            }
            assertThat(taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(USER_TASK_CLOSE_TRACK)
                    .count()).as("every track reached its last task").isEqualTo(300);

            System.out.printf("%nHTTP COMPLETION BENCHMARK (300 tracks: 50 nations x 6 areas, H2 file, %d HTTP clients "
                    + "vs %d raw threads, %d + %d measured per kind; load average before: %s)%n", CLIENTS, CLIENTS,
                    measuredHttp.size(), measuredRaw.size(), LOAD_AT_START);
            System.out.printf("  %-26s %12s %12s %7s%n", "kind", "HTTP /s", "raw /s", "ratio");
            results.forEach((kind, figures) -> System.out.printf("  %-26s %12.0f %12.0f %7.2f%n", kind, figures[0],
                    figures[1], figures[0] / figures[1]));
            System.out.println("  " + inbox);
            System.out.printf("  load average after: %s%n%n", loadAverage());
        }
    }

    private static final String LOAD_AT_START = loadAverage();

    /** 600 review tasks are open: the inbox as one client asks for it, default page and the largest page. */
    private String measureInbox(int port) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String query : List.of("", "?size=500")) {
            long[] millis = new long[INBOX_REQUESTS];
            String total = null;
            for (int i = -INBOX_WARM_UP; i < INBOX_REQUESTS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = send(HttpRequest.newBuilder(uri(port, "/api/tasks" + query)).GET());
                long nanos = System.nanoTime() - start;
                assertThat(response.statusCode()).isEqualTo(200);
                total = response.headers().firstValue("X-Total-Count").orElseThrow();
                if (i >= 0) {
                    millis[i] = nanos / 1_000;
                }
            }
            assertThat(total).isEqualTo("600");
            List<Long> sorted = java.util.Arrays.stream(millis).sorted().boxed().toList();
            out.append(String.format("inbox GET /api/tasks%-10s of %s tasks, 1 client: p50 %.1f ms, p95 %.1f ms%n  ",
                    query, total, sorted.get(sorted.size() / 2) / 1000.0,
                    sorted.get((int) (sorted.size() * 0.95)) / 1000.0));
        }
        return out.toString().stripTrailing();
    }

    private double completeOverHttp(int port, List<Task> tasks, Step step) throws Exception {
        return parallel(tasks, task -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(port, "/api/tasks/" + task.getId() + "/complete"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step.form().formatted(task.getProcessInstanceId()))));
            assertThat(response.statusCode()).as("%s: %s", step.name(), response.body()).isEqualTo(204);
        });
    }

    /** The raw engine: the same tasks' variables as the app makes them from the same form, completed alone. */
    private final class Raw {
        private final TaskService taskService;
        private final Vocabularies vocabularies;
        private final TaskFormValidator validator;

        Raw(TaskService taskService, Vocabularies vocabularies, TaskFormValidator validator) {
            this.taskService = taskService;
            this.vocabularies = vocabularies;
            this.validator = validator;
        }

        double complete(List<Task> tasks, Step step) throws Exception {
            Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
            for (Task task : tasks) {
                Map<String, Object> form = json.readValue(step.form().formatted(task.getProcessInstanceId()),
                        new TypeReference<Map<String, Object>>() { });
                var vocabulary = vocabularies.of(KEY);
                FormValues values = validator.check(vocabulary.formOf(task.getTaskDefinitionKey()), TaskInput.of(form));
                String businessKey = (String) taskService.getVariable(task.getId(), VAR_NATION) + "-"
                        + taskService.getVariable(task.getId(), VAR_AREA);
                variables.put(task.getId(), vocabulary.variables(new TaskRef(task.getId(), task.getTaskDefinitionKey(),
                        task.getProcessInstanceId(), businessKey), values));
                assertThat(values.errors()).isEmpty();
            }
            return parallel(tasks, task -> taskService.complete(task.getId(), variables.get(task.getId())));
        }
    }

    private double parallel(List<Task> tasks, Consumer<Task> work) throws Exception {
        ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(threads.submit(() -> {
                    for (Task task = queue.poll(); task != null; task = queue.poll()) {
                        work.accept(task);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            threads.shutdown();
        }
    }

    private static List<Task> tasks(TaskService taskService, List<ProcessInstance> tracks, Step step) {
        List<Task> found = new ArrayList<>();
        for (ProcessInstance track : tracks) {
            List<Task> open = taskService.createTaskQuery().processInstanceId(track.getId())
                    .taskDefinitionKeyIn(step.keys().toArray(String[]::new)).list();
            assertThat(open).as("%s of %s", step.name(), track.getBusinessKey()).hasSize(1);
            found.addAll(open);
        }
        return found;
    }

    private static long open(TaskService taskService, Step step) {
        return taskService.createTaskQuery().processDefinitionKey(KEY)
                .taskDefinitionKeyIn(step.keys().toArray(String[]::new)).count();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A user in every group but the administrators': every desk, every area lead, legal, interagency, managers, principal. */
    private static void benchUser(IdentityService identity) {
        User user = identity.newUser(USER);
        user.setFirstName("Bench");
        user.setLastName("Mark");
        user.setEmail("bench@example.gov");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (Group group : identity.createGroupQuery().list()) {
            if (!group.getId().equals("admin")) {
                identity.createMembership(USER, group.getId());
            }
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
