package gov.trade.negotiation.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code negotiation.sign-in.*}: wrong passwords a client may try per account ({@code free-failures-per-account},
 * default 5) and over all accounts ({@code free-failures-per-client}, 20) before it must wait, 2 s at first and
 * doubling up to {@code max-delay} (60 s); failures older than {@code failure-window} (15 min) are forgotten.
 * Verified credentials are remembered for {@code credential-cache-ttl} (60 s, 0 switches it off), at most
 * {@code credential-cache-size} (10,000) of them.
 */
@ConfigurationProperties(prefix = "negotiation.sign-in")
record SignInSettings(Integer freeFailuresPerAccount, Integer freeFailuresPerClient, Duration maxDelay,
        Duration failureWindow, Duration credentialCacheTtl, Integer credentialCacheSize) {

    SignInSettings {
        freeFailuresPerAccount = freeFailuresPerAccount == null ? 5 : freeFailuresPerAccount;
        freeFailuresPerClient = freeFailuresPerClient == null ? 20 : freeFailuresPerClient;
        maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        credentialCacheTtl = credentialCacheTtl == null ? Duration.ofSeconds(60) : credentialCacheTtl;
        credentialCacheSize = credentialCacheSize == null ? 10_000 : credentialCacheSize;
    }

    /** The wait after {@code failures} wrong passwords when {@code free} are allowed: none, then 2 s doubling. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = Duration.ofSeconds(2L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
