package gov.trade.negotiation.notify;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each user's {@link MailPreference}, in the database so every node sees the same. */
@Repository
public class MailPreferences {

    private final JdbcTemplate jdbc;

    MailPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public MailPreference of(String userId) {
        List<String> modes = jdbc.queryForList("select mode from mail_preference where user_id = ?", String.class, userId);
        return modes.isEmpty() ? MailPreference.ALL : MailPreference.valueOf(modes.get(0));
    }

    @Transactional
    public void set(String userId, MailPreference preference) {
        if (jdbc.update("update mail_preference set mode = ? where user_id = ?", preference.name(), userId) == 0) {
            jdbc.update("""
                    insert into mail_preference (user_id, mode) select ?, ? from (values (1)) as one(x)
                    where not exists (select 1 from mail_preference where user_id = ?)""",
                    userId, preference.name(), userId);
        }
    }
}
