package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.web.Http;

/**
 * What HTTP Basic costs per API request with bcrypt: the same light request ({@code GET /api/me/mail-preference})
 * with the verified-credential cache emptied before each request (every request pays a bcrypt check, as without
 * the cache) and with the cache as it runs. Prints p50 / p95 of both and the bcrypt checks counted; asserts the
 * answers and the counts, never time. Run with {@code -Pbenchmarks}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:apiAuthenticationBenchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class ApiAuthenticationBenchmark {

    private static final int WARM_UP = 30;
    private static final int REQUESTS = 200;
    private static final String PATH = "/api/me/mail-preference";

    @Autowired
    VerifiedCredentials cache;
    @Autowired
    BcryptPasswordEncryptor passwords;
    @LocalServerPort
    int port;

    @Test
    void shouldServeBasicAuthenticatedRequestsWithoutABcryptCheckEachTime() {
        Http http = new Http(port);
        measure(http, WARM_UP, true);
        measure(http, WARM_UP, false);

        long beforeUncached = passwords.verifications();
        double[] uncached = measure(http, REQUESTS, true);
        long uncachedChecks = passwords.verifications() - beforeUncached;
        long beforeCached = passwords.verifications();
        double[] cached = measure(http, REQUESTS, false);
        long cachedChecks = passwords.verifications() - beforeCached;

        System.out.printf("%nAPI AUTHENTICATION BENCHMARK (%d requests each, HTTP Basic, bcrypt cost 10)%n", REQUESTS);
        System.out.printf("  every request checks bcrypt: p50 %6.1f ms, p95 %6.1f ms, %d bcrypt checks%n",
                percentile(uncached, 50), percentile(uncached, 95), uncachedChecks);
        System.out.printf("  verified-credential cache:   p50 %6.1f ms, p95 %6.1f ms, %d bcrypt checks%n",
                percentile(cached, 50), percentile(cached, 95), cachedChecks);
        System.out.printf("  p50 uncached / cached:       %6.1f%n", percentile(uncached, 50) / percentile(cached, 50));

        assertThat(uncachedChecks).isEqualTo(REQUESTS);
        assertThat(cachedChecks).isLessThanOrEqualTo(1);
    }

    /** Milliseconds per request, sorted; {@code emptyCache} empties the cache before each request. */
    private double[] measure(Http http, int requests, boolean emptyCache) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            if (emptyCache) {
                cache.clear();
            }
            long started = System.nanoTime();
            int status = http.get("pm", PATH).statusCode();
            millis.add((System.nanoTime() - started) / 1e6);
            assertThat(status).isEqualTo(200);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
