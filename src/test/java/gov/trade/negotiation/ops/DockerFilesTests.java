package gov.trade.negotiation.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine here, so the compose file, the proxy's config and the Dockerfile are checked by reading
 * them: only the proxy publishes a port, the mail catcher on loopback only, nodes with health checks and a restart
 * policy, mail links through the proxy, a non-root image from the jar's layers; haproxy itself checks its file.
 */
class DockerFilesTests {

    private static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void shouldPublishOnlyTheProxyAndTheMailCatcherOnLoopback() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsKeys("proxy", "node1", "node2", "postgres", "mail");
        services.forEach((name, service) -> {
            List<?> ports = (List<?>) service.getOrDefault("ports", List.of());
            switch (name) {
                case "proxy" -> assertThat(ports).hasSize(1);
                case "mail" -> assertThat(ports).allSatisfy(port -> assertThat(port.toString()).startsWith("127.0.0.1:"));
                default -> assertThat(ports).as(name + " publishes no port").isEmpty();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRunNodesWithHealthChecksRestartsAndMailLinksThroughTheProxy() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String proxyPort = ((List<String>) services.get("proxy").get("ports")).get(0).split(":(?=[^:]+$)")[0];

        for (String node : List.of("node1", "node2")) {
            Map<String, Object> service = services.get(node);
            assertThat(service.get("restart")).isEqualTo("unless-stopped");
            assertThat(service.get("healthcheck").toString()).contains("/actuator/health/liveness");
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment.get("NEGOTIATION_MAIL_BASEURL").toString())
                    .isEqualTo("http://localhost:" + proxyPort);
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        }
        assertThat(services.get("proxy").get("volumes").toString()).contains("haproxy.cfg");
    }

    @Test
    void shouldCheckTheNodesReadinessFromTheProxy() throws IOException {
        String config = Files.readString(DOCKER.resolve("haproxy.cfg"));

        assertThat(config).contains("option httpchk GET /actuator/health/readiness")
                .contains("server node1 node1:8080").contains("server node2 node2:8080");
    }

    @Test
    void shouldPassHaproxysOwnCheck() throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        Assumptions.assumeTrue(Files.isExecutable(haproxy), "haproxy not installed (.ci/run installs it): config check skipped");
        Process check = new ProcessBuilder(haproxy.toString(), "-c", "-f", DOCKER.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("Configuration file is valid");
    }

    @Test
    void shouldBuildANonRootImageFromTheJarsLayers() throws IOException {
        List<String> dockerfile = Files.readAllLines(DOCKER.resolve("Dockerfile"));
        List<String> runtime = dockerfile.subList(dockerfile.lastIndexOf(dockerfile.stream()
                .filter(line -> line.startsWith("FROM ")).reduce((first, second) -> second).orElseThrow()),
                dockerfile.size());

        assertThat(runtime).anyMatch(line -> line.matches("USER (?!root\\b)\\S+"));
        assertThat(runtime).filteredOn(line -> line.startsWith("COPY --from=build /layers/")).hasSize(4);
        assertThat(String.join("\n", dockerfile)).contains("-Djarmode=tools").contains("extract --layers");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target", ".git", "data");
    }
}
