package gov.trade.negotiation.program;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import gov.trade.negotiation.track.TrackProcess;

/**
 * HTTP load on the app after the 10,000-track kickoff, from 4 clients: two read (the inbox of a desk and of legal,
 * the manager's dashboard, the program's progress), two complete Japan's open tasks (request for authority,
 * memorandum of law, approval, drafting, reviews) as the desk, legal, interagency or the Under Secretary, round after
 * round. Reports how many requests
 * of each kind were answered and how many failed.
 */
final class ScaleLoad {

    private final int port;
    private final TaskService taskService;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger completions = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Who completes each kind of task Japan's tracks reach first, and with which form. */
    private static final Map<String, String[]> FORMS = Map.of(
            TrackProcess.USER_TASK_REQUEST_AUTHORITY, new String[] {"jp-desk", "{\"instrumentType\": \"BINDING\", "
                    + "\"entryIntoForce\": \"ON_SIGNATURE\", \"comment\": \"Secures the supply chain\"}"},
            TrackProcess.USER_TASK_MEMORANDUM_OF_LAW, new String[] {"legal", "{\"comment\": \"Within authorities\"}"},
            TrackProcess.USER_TASK_APPROVE_AUTHORITY, new String[] {"usec", "{\"decision\": \"APPROVE\"}"},
            TrackProcess.USER_TASK_DRAFT_TEXT, new String[] {"jp-desk",
                    "{\"text\": \"Article 1. Supply chains.\", \"comment\": \"First draft\"}"},
            TrackProcess.USER_TASK_LEGAL_REVIEW, new String[] {"legal", "{\"decision\": \"APPROVE\"}"},
            TrackProcess.USER_TASK_INTERAGENCY_REVIEW, new String[] {"interagency", "{\"decision\": \"APPROVE\"}"});

    ScaleLoad(int port, TaskService taskService) {
        this.port = port;
        this.taskService = taskService;
    }

    String run(Duration length) throws Exception {
        long until = System.nanoTime() + length.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String[] reader : List.of(new String[] {"jp-desk", "/api/tasks", "pm", "/api/dashboard"},
                    new String[] {"legal", "/api/tasks", "admin", "/api/program"})) {
                running.add(threads.submit(() -> {
                    for (int i = 0; System.nanoTime() < until; i++) {
                        int at = (i % 2) * 2;
                        count(send(reader[at], HttpRequest.newBuilder(uri(reader[at + 1])).GET()), reads);
                    }
                    return null;
                }));
            }
            for (int round = 0; round < 6 && System.nanoTime() < until; round++) {
                List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyLike("JP-%").list().stream()
                        .filter(task -> FORMS.containsKey(task.getTaskDefinitionKey())).toList();
                seen.add(open.size());
                List<Future<?>> completing = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    // each client its own tracks: two reviews of one track completed at the same moment collide at
                    // the join, and the later one is answered 409 (someone else acted at the same moment)
                    int client = i;
                    ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(open.stream()
                            .filter(task -> Math.floorMod(task.getProcessInstanceId().hashCode(), 2) == client).toList());
                    completing.add(threads.submit(() -> {
                        for (Task task = queue.poll(); task != null && System.nanoTime() < until; task = queue.poll()) {
                            String[] form = FORMS.get(task.getTaskDefinitionKey());
                            count(send(form[0], HttpRequest.newBuilder(uri("/api/tasks/" + task.getId() + "/complete"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(form[1]))), completions);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : completing) {
                    future.get();
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        return "reads=%d completions=%d failures=%d in %d s, Japan's open tasks by round %s".formatted(reads.get(),
                completions.get(), failures.get(), length.toSeconds(), seen);
    }

    private void count(int status, AtomicInteger answered) {
        (status / 100 == 2 ? answered : failures).incrementAndGet();
    }

    private int send(String user, HttpRequest.Builder request) throws Exception {
        HttpResponse<Void> response = client.send(request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
