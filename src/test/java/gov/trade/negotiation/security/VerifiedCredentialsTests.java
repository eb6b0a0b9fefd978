package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTests {

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentials cache = new VerifiedCredentials(Duration.ofSeconds(60), 3, clock);

    @Test
    void shouldKnowVerifiedCredentialsOnlyUntilTheTimeToLiveEnds() {
        cache.remember("jp-desk", "a-long-secret", List.of("desk-jp"));

        assertThat(cache.groupsOf("jp-desk", "a-long-secret")).contains(List.of("desk-jp"));
        clock.move(Duration.ofSeconds(59));
        assertThat(cache.groupsOf("jp-desk", "a-long-secret")).isPresent();
        clock.move(Duration.ofSeconds(1));
        assertThat(cache.groupsOf("jp-desk", "a-long-secret")).isEmpty();
    }

    @Test
    void shouldNeverTakeAnotherPasswordOrAnotherUser() {
        cache.remember("jp-desk", "a-long-secret", List.of("desk-jp"));

        assertThat(cache.groupsOf("jp-desk", "a-long-secret!")).isEmpty();
        assertThat(cache.groupsOf("kr-desk", "a-long-secret")).isEmpty();
        // user and password are kept apart: "jp-desk" + "x..." is not "jp-deskx" + "..."
        assertThat(cache.groupsOf("jp-deska", "-long-secret")).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedBeyondItsSize() {
        cache.remember("a", "password-a-long", List.of());
        cache.remember("b", "password-b-long", List.of());
        cache.remember("c", "password-c-long", List.of());
        cache.groupsOf("a", "password-a-long");
        cache.remember("d", "password-d-long", List.of());

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.groupsOf("b", "password-b-long")).isEmpty();
        assertThat(cache.groupsOf("a", "password-a-long")).isPresent();
    }

    @Test
    void shouldRememberNothingWithATimeToLiveOfZero() {
        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, 10, clock);
        off.remember("jp-desk", "a-long-secret", List.of("desk-jp"));

        assertThat(off.groupsOf("jp-desk", "a-long-secret")).isEmpty();
        assertThat(off.size()).isZero();
    }

    @Test
    void shouldWaitTwoSecondsAtFirstDoublingToAtMostAMinute() {
        SignInSettings settings = new SignInSettings(5, 20, null, null, null, null);

        assertThat(settings.delayAfter(4, 5)).isZero();
        assertThat(settings.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.delayAfter(10, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.delayAfter(Integer.MAX_VALUE, 5)).isEqualTo(Duration.ofSeconds(60));
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T10:00:00Z");

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
