package gov.trade.negotiation.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One app node of the cluster test: {@code java -jar} of the built jar as a child process on a loopback port. */
final class ClusterNode implements AutoCloseable {

    final String name;
    final int port = freePort();
    private final Path log;
    private final List<String> command = new ArrayList<>();
    private Process process;

    ClusterNode(String name, Path jar, Path logDirectory, List<String> arguments) {
        this.name = name;
        this.log = logDirectory.resolve(name + ".log");
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port,
                // the engine's name for this node in its job log: who ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(arguments);
    }

    ClusterNode start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGSTOP: the node holds whatever it holds (locks, claims, open transactions) and does nothing more. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, locks and claims left as they were. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
