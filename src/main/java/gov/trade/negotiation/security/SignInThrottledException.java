package gov.trade.negotiation.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Too many wrong passwords from this client (for this account or overall): it must wait {@link #retryAfter()},
 * at most a minute. Not a lock of the account: other clients sign in as usual.
 */
class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from your address; try again in " + seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1. */
    long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
