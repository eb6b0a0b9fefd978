package gov.trade.negotiation.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds back a client that keeps giving wrong passwords, by its address and by address and account, for a bounded
 * time (see {@link SignInSettings}). An account is never locked as such: someone else's wrong passwords only slow
 * down their own address, so nobody can lock out the administrator. State lives in {@code sign_in_throttle}, shared
 * by every node; the wall clock, not the engine's, decides.
 */
@Component
class SignInThrottle {

    private static final int MAX_KEY = 400;

    private final JdbcTemplate jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    @Autowired
    SignInThrottle(JdbcTemplate jdbc, SignInSettings settings) {
        this(jdbc, settings, Clock.systemUTC());
    }

    SignInThrottle(JdbcTemplate jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this client must wait before it may try this account again, if at all. */
    Optional<Duration> waitFor(String client, String account) {
        Instant now = clock.instant();
        List<Timestamp> blocked = jdbc.queryForList(
                "select blocked_until from sign_in_throttle where throttle_key in (?, ?) and blocked_until > ?",
                Timestamp.class, clientKey(client), accountKey(client, account), Timestamp.from(now));
        return blocked.stream()
                .map(until -> Duration.between(now, until.toInstant()))
                .map(wait -> wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait)
                .max(Duration::compareTo);
    }

    void failed(String client, String account) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_throttle where last_failure_at < ?",
                Timestamp.from(now.minus(settings.failureWindow())));
        count(clientKey(client), settings.freeFailuresPerClient(), now);
        count(accountKey(client, account), settings.freeFailuresPerAccount(), now);
    }

    /** The right password: this client's failures on this account are forgotten (its address count stays). */
    void succeeded(String client, String account) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", accountKey(client, account));
    }

    private void count(String key, int free, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.update("update sign_in_throttle set failures = failures + 1, last_failure_at = ? "
                + "where throttle_key = ?", at, key);
        if (updated == 0) {
            try {
                jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)",
                        key, at);
            } catch (DuplicateKeyException insertedByAnotherNode) {
                jdbc.update("update sign_in_throttle set failures = failures + 1, last_failure_at = ? "
                        + "where throttle_key = ?", at, key);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
                Integer.class, key);
        Duration delay = settings.delayAfter(failures == null ? 1 : failures, free);
        if (!delay.isZero()) {
            jdbc.update("update sign_in_throttle set blocked_until = ? where throttle_key = ?",
                    Timestamp.from(now.plus(delay)), key);
        }
    }

    private static String clientKey(String client) {
        return limit("client|" + client);
    }

    private static String accountKey(String client, String account) {
        return limit("account|" + client + "|" + account);
    }

    private static String limit(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}
