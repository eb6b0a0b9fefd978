package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Passwords are stored with bcrypt; SHA-512 hashes of an older database still verify. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:securityTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class PasswordHashingTests {

    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldStorePasswordsWithBcryptAndCheckEveryCharacterOfALongOne() {
        String longPassword = "p".repeat(100) + "!";
        save("bcrypt-user", longPassword);

        assertThat(storedHash("bcrypt-user")).startsWith("{BCRYPT}$2a$10$");
        assertThat(identityService.checkPassword("bcrypt-user", longPassword)).isTrue();
        assertThat(identityService.checkPassword("bcrypt-user", "p".repeat(100) + "?")).isFalse();
    }

    @Test
    void shouldStillVerifyASha512HashWrittenByCamundasDefault() throws Exception {
        save("legacy-user", "a-legacy-password");
        String salt = jdbc.queryForObject("select SALT_ from ACT_ID_USER where ID_ = ?", String.class, "legacy-user");
        byte[] sha512 = MessageDigest.getInstance("SHA-512")
                .digest(("a-legacy-password" + salt).getBytes(StandardCharsets.UTF_8));
        jdbc.update("update ACT_ID_USER set PWD_ = ? where ID_ = ?",
                "{SHA-512}" + Base64.getEncoder().encodeToString(sha512), "legacy-user");

        assertThat(identityService.checkPassword("legacy-user", "a-legacy-password")).isTrue();
        assertThat(identityService.checkPassword("legacy-user", "another-password")).isFalse();
    }

    private void save(String id, String password) {
        User user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    private String storedHash(String id) {
        return jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, id);
    }
}
