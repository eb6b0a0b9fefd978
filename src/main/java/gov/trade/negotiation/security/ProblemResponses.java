package gov.trade.negotiation.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401, 403 and 429 as RFC 9457 problem details. Never a {@code WWW-Authenticate: Basic} challenge: a browser
 * would ask for and then keep sending Basic credentials, which a page of another site could ride on. Tools that
 * send Basic credentials up front (curl -u, Swagger's Authorize) work as before.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                write(json, request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                        throttled.getMessage());
                return;
            }
            write(json, request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "Sign in to use this API: send HTTP Basic credentials with the request.");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) ->
                write(json, request, response, HttpStatus.FORBIDDEN, "forbidden", "Your groups do not allow this.");
    }

    private static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String type, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, detail);
        Problems.write(json, request, response, problem);
    }
}
