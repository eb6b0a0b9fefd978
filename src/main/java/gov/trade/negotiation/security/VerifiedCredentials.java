package gov.trade.negotiation.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Credentials this node verified in the last {@code credential-cache-ttl} (60 s) with the user's groups, so a
 * client sending HTTP Basic on every request pays the bcrypt cost once a minute, not every time. Keyed by an
 * HMAC of user and password under a random key of this node; the password itself is never kept. A cache, not
 * state: a changed password or membership takes effect on every node within the TTL. Bounded in size (least
 * recently used entries go first).
 */
@Component
class VerifiedCredentials {

    private record Entry(String userId, List<String> groups, Instant expires) {
    }

    private final Duration ttl;
    private final int maxSize;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    @Autowired
    VerifiedCredentials(SignInSettings settings) {
        this(settings.credentialCacheTtl(), settings.credentialCacheSize(), Clock.systemUTC());
    }

    VerifiedCredentials(Duration ttl, int maxSize, Clock clock) {
        this.ttl = ttl;
        this.maxSize = maxSize;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedCredentials.this.maxSize;
            }
        };
    }

    /** The groups of a user whose password was verified within the TTL; empty otherwise. */
    Optional<List<String>> groupsOf(String userId, String password) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        String id = id(userId, password);
        synchronized (entries) {
            Entry entry = entries.get(id);
            if (entry == null || !entry.userId().equals(userId)) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(entry.expires())) {
                entries.remove(id);
                return Optional.empty();
            }
            return Optional.of(entry.groups());
        }
    }

    void remember(String userId, String password, List<String> groups) {
        if (ttl.isZero()) {
            return;
        }
        Entry entry = new Entry(userId, List.copyOf(groups), clock.instant().plus(ttl));
        synchronized (entries) {
            entries.put(id(userId, password), entry);
        }
    }

    /** Forgets everything (a benchmark measures the uncached cost with it). */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String id(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
