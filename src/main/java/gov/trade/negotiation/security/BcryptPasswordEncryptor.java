package gov.trade.negotiation.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How the engine stores passwords: bcrypt (Spring Security's encoder, cost 10, about 50-100 ms per hash) instead of
 * Camunda's single salted SHA-512, stored as {@code {BCRYPT}...}. Hashes written before keep working: the engine
 * checks {@code {SHA-512}} and {@code {SHA}} hashes itself. Bcrypt reads at most 72 bytes, and Camunda appends its
 * own 24-character salt, so the salted password is first reduced to its SHA-256 (Base64, 44 characters): every
 * character of a long password still counts.
 */
@Component
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    private final AtomicLong verifications = new AtomicLong();

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(digest(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        verifications.incrementAndGet();
        return bcrypt.matches(digest(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    /** How many bcrypt hashes this node has checked: each is a sign-in that paid the full cost. */
    long verifications() {
        return verifications.get();
    }

    private static String digest(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
