package gov.trade.negotiation.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;

/**
 * Run in its own JVM by {@link ScaleKickoffBenchmark}: starts the app on a config and a database file, kicks the
 * program off, waits until every track and series has started, and prints the time, the progress and this
 * process's peak resident memory; then puts it under HTTP load ({@link ScaleLoad}) and prints the peak again.
 */
public final class ScaleKickoff {

    private ScaleKickoff() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Path database = Path.of(args[1]);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev")
                .run("--negotiation.config-file=file:" + config, "--spring.datasource.url=jdbc:h2:file:" + database,
                        "--server.port=0", "--dashboard.refresh-enabled=false",
                        "--negotiation.mail.delivery.scheduled=false")) {
            ProgramService programs = app.getBean(ProgramService.class);
            long start = System.nanoTime();
            programs.start();
            long answered = System.nanoTime();
            ProgramView.Progress progress = ProgramKickoffBenchmark.waitUntilComplete(programs, Duration.ofMinutes(40));
            long done = System.nanoTime();
            String afterKickoff = peakResident();
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String load = new ScaleLoad(port, app.getBean(TaskService.class)).run(Duration.ofSeconds(40));
            System.out.printf("SCALE answered=%d ms seconds=%.1f progress=%s failures=%d peakRss=%s load=[%s] "
                    + "peakRssAfterLoad=%s%n", (answered - start) / 1_000_000, (done - start) / 1e9, progress,
                    programs.current().orElseThrow().failures().size(), afterKickoff, load, peakResident());
        }
        System.exit(0);
    }

    /** VmHWM of this process (Linux), e.g. "612345 kB". */
    static String peakResident() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).trim()).findFirst().orElse("unknown");
    }
}
