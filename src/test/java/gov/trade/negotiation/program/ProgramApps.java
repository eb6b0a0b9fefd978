package gov.trade.negotiation.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.process.TestConfig;

/** Starts the application as an operator would: a config file, a database, the dev profile, no job executor. */
final class ProgramApps {

    static final String LAST_NATION = "    - { code: AE, name: United Arab Emirates, zone: Asia/Dubai }\n";

    private ProgramApps() {
    }

    static ConfigurableApplicationContext start(Path config, String databaseUrl, String... more) {
        return builder().run(args(config, databaseUrl, more));
    }

    /**
     * Starts like {@link #start} from several threads at once: only the first moments of each start, where Spring
     * Boot sets up logging (not safe to do twice at the same time in one JVM), take turns; the rest runs together.
     */
    static ConfigurableApplicationContext startAlongsideOthers(Semaphore gate, Path config, String databaseUrl) {
        gate.acquireUninterruptibly();
        AtomicBoolean released = new AtomicBoolean();
        try {
            return builder().listeners(event -> {
                if (event instanceof ApplicationContextInitializedEvent && released.compareAndSet(false, true)) {
                    gate.release();
                }
            }).run(args(config, databaseUrl));
        } finally {
            if (released.compareAndSet(false, true)) {
                gate.release();
            }
        }
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(NegotiationApplication.class).profiles("dev");
    }

    private static String[] args(Path config, String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("--negotiation.config-file=file:" + config,
                "--spring.datasource.url=" + databaseUrl, "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--dashboard.refresh-enabled=false",
                "--dashboard.max-age=PT0S"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The project's config file with {@code replacement} for {@code original}, written to {@code file}. */
    static Path edited(Path file, String original, String replacement) {
        try {
            String config = Files.readString(TestConfig.PROJECT_CONFIG);
            if (!config.contains(original)) {
                throw new IllegalStateException("config/negotiation.yaml no longer contains: " + original);
            }
            Files.writeString(file, config.replace(original, replacement));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectConfigCopy(Path file) {
        return edited(file, LAST_NATION, LAST_NATION);
    }
}
