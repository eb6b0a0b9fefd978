package gov.trade.negotiation.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL server (NEGOTIATION_TEST_PG_URL, default localhost:5432 as user
 * postgres), dropped afterwards. Where no server answers, the PostgreSQL tests are skipped and say why.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String SERVER = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("NEGOTIATION_TEST_PG_PASSWORD", "");

    private final String name = "negotiation_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public static PostgresDatabase createOrSkip() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            PostgresDatabase database = new PostgresDatabase();
            try (Statement statement = connection.createStatement()) {
                statement.execute("create database " + database.name);
            }
            return database;
        } catch (SQLException unavailable) {
            Assumptions.abort("PostgreSQL tests skipped: no server at " + SERVER + " (" + unavailable.getMessage()
                    + "); .ci/run starts the local one");
            throw new IllegalStateException(unavailable);
        }
    }

    public String url() {
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
