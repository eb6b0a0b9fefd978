package gov.trade.negotiation.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Versions stored before content hashes existed get the hash the application computes (V51), then it is required. */
class DraftHashMigrationTests {

    @Test
    void shouldHashTheVersionsStoredBeforeHashesExisted() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:draftHashMigrationTests;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "50").migrate();
        jdbc.update("""
                insert into draft_version (track_id, version_no, author, created_at, note, content)
                values ('JP-ENERGY', 1, 'jp-desk', current_timestamp, null, 'Article 1. Über alles: 能源')""");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForObject("select content_hash from draft_version where track_id = 'JP-ENERGY'", String.class))
                .isEqualTo(ContentHash.of("Article 1. Über alles: 能源"))
                .hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from draft_version where content_hash is null", Integer.class))
                .isZero();
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("app_schema_history").target(target).load();
    }
}
