package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kickoff of 10,000 tracks (200 nations x 50 areas, {@code scale/negotiation-10000.yaml}) in a JVM of its own
 * with {@code -Xmx512m}: prints its time and the process's peak resident memory (VmHWM, sampled from
 * {@code /proc/<pid>/status} while it runs), then again after 40 s of HTTP load on the 10,000 tracks ({@link ScaleLoad}).
 * Asserts only that every track and series started, none failed, and every request under load was answered.
 */
class ScaleKickoffBenchmark {

    @TempDir
    Path folder;

    @Test
    void shouldKickOffTenThousandTracksWithHalfAGigabyteOfHeap() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/status")),
                "Scale kickoff benchmark skipped: it reads peak memory from /proc (Linux)");
        // Each entry once: the engine deploys processes/*.bpmn from every class path entry that has them.
        String classPath = String.join(java.io.File.pathSeparator, new java.util.LinkedHashSet<>(List.of(System
                .getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(java.io.File.pathSeparator))));
        System.out.println("Scale kickoff class path: " + classPath.split(java.io.File.pathSeparator).length + " entries");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx512m", "-cp", classPath, ScaleKickoff.class.getName(),
                Path.of("src/test/resources/scale/negotiation-10000.yaml").toAbsolutePath().toString(),
                folder.resolve("negotiation").toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicLong peakKb = new AtomicLong();
        AtomicReference<String> result = new AtomicReference<>();
        List<String> tail = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    if (line.startsWith("SCALE ")) {
                        result.set(line);
                    }
                    synchronized (tail) {
                        tail.add(line);
                        if (tail.size() > 40) {
                            tail.remove(0);
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child ended
            }
        });
        reader.start();
        Path status = Path.of("/proc/" + child.pid() + "/status");
        while (!child.waitFor(1, TimeUnit.SECONDS)) {
            try {
                Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:")).findFirst()
                        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .ifPresent(kb -> peakKb.accumulateAndGet(kb, Math::max));
            } catch (java.io.IOException gone) {
                // the child is exiting
            }
        }
        reader.join(10_000);

        synchronized (tail) {
            assertThat(result.get()).as("the child's last lines:\n" + String.join("\n", tail)).isNotNull();
        }
        System.out.printf("%n10,000-track kickoff in its own JVM (-Xmx512m), then 40 s of HTTP load: %s; peak resident "
                + "memory sampled %d MiB (load average %s)%n%n", result.get().substring("SCALE ".length()),
                peakKb.get() / 1024, Files.readString(Path.of("/proc/loadavg")).trim());
        assertThat(child.exitValue()).isZero();
        assertThat(result.get()).contains("tracksPlanned=10000, tracksStarted=10000", "meetingSeriesStarted=200",
                "complete=true", "failures=0 ", "failures=0 in");
        assertThat(result.get()).as("completions under load").doesNotContain("completions=0 ");
    }
}
