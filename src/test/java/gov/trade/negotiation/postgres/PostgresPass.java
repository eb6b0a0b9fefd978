package gov.trade.negotiation.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL pass of the whole suite ({@code ./mvnw verify -Ppostgres} sets
 * {@code negotiation.test.database=postgres}): every application a test starts, and every engine-only process test,
 * runs on a fresh database of the local PostgreSQL server instead of the H2 database it names. One H2 URL maps to
 * one PostgreSQL database for the whole run, so two nodes on one H2 database are two nodes on one PostgreSQL
 * database and a restart finds its data, as on H2; every database is dropped when the test JVM ends (or, if that
 * JVM was killed, by the next run after two hours). Without the property nothing changes. Registered in src/test/resources/META-INF/spring.factories.
 */
public final class PostgresPass implements EnvironmentPostProcessor, Ordered {

    /** A PostgreSQL database standing in for an H2 URL. */
    public record Target(String url, String user, String password) {
    }

    private static final String SERVER = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_PASSWORD", "");
    private static final String PREFIX = "negotiation_pass_";
    /** This run's databases: negotiation_pass_{epoch second}_{random}_{n}. */
    private static final String RUN = PREFIX + Instant.now().getEpochSecond() + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    /** Databases of a run older than this were left by a test JVM that was killed: dropped at the next start. */
    private static final Duration LEFT_OVER = Duration.ofHours(2);
    private static final Map<String, Target> BY_H2_URL = new ConcurrentHashMap<>();

    static {
        if (active()) {
            dropLeftOvers();
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresPass::dropAll, "drop-postgres-pass-databases"));
        }
    }

    public static boolean active() {
        return "postgres".equals(System.getProperty("negotiation.test.database"));
    }

    /** The PostgreSQL database for an H2 URL during the PostgreSQL pass; empty otherwise. */
    public static Optional<Target> forH2Url(String h2Url) {
        if (!active() || h2Url == null || !h2Url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        return Optional.of(BY_H2_URL.computeIfAbsent(h2Url, url -> create(RUN + "_" + (BY_H2_URL.size() + 1))));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        forH2Url(environment.getProperty("spring.datasource.url")).ifPresent(target ->
                environment.getPropertySources().addFirst(new MapPropertySource("postgres-pass", Map.of(
                        "spring.datasource.url", target.url(),
                        "spring.datasource.username", target.user(),
                        "spring.datasource.password", target.password(),
                        // the test context cache keeps many applications open; each may hold only a few
                        // connections, and none while idle, or the server runs out of them
                        "spring.datasource.hikari.maximum-pool-size", "4",
                        "spring.datasource.hikari.minimum-idle", "0",
                        "spring.datasource.hikari.idle-timeout", "10000"))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yaml and the test's own properties are in
    }

    private static Target create(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL pass needs a server at " + SERVER + " (NEGOTIATION_TEST_PG_URL): "
                    + e.getMessage(), e);
        }
        return new Target(SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name, USER, PASSWORD);
    }

    private static void dropLeftOvers() {
        long cutoff = Instant.now().minus(LEFT_OVER).getEpochSecond();
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "select datname from pg_database where datname like '" + PREFIX + "%'")) {
                while (names.next()) {
                    String[] parts = names.getString(1).substring(PREFIX.length()).split("_");
                    if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                        old.add(names.getString(1));
                    }
                }
            }
            for (String name : old) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("PostgreSQL pass: could not drop databases of earlier runs: " + e.getMessage());
        }
    }

    private static void dropAll() {
        if (BY_H2_URL.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (Target target : BY_H2_URL.values()) {
                String name = target.url().substring(target.url().lastIndexOf('/') + 1);
                try {
                    statement.execute("drop database if exists " + name + " with (force)");
                } catch (SQLException e) {
                    System.err.println("PostgreSQL pass: could not drop " + name + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            System.err.println("PostgreSQL pass: could not drop its databases: " + e.getMessage());
        }
    }
}
