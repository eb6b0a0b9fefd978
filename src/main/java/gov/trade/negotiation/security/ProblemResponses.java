package gov.trade.negotiation.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.util.HtmlUtils;

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

    /**
     * A browser's sign-in form: a throttled attempt gets 429 with {@code Retry-After} and a page saying how long to
     * wait (Spring's sign-in page shows only "Invalid credentials"); anything else goes back to the form as usual.
     */
    static AuthenticationFailureHandler signInForm() {
        AuthenticationFailureHandler backToForm = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (!(exception instanceof SignInThrottledException throttled)) {
                backToForm.onAuthenticationFailure(request, response, exception);
                return;
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Too many failed sign-ins</title></head>
                    <body><main><h1>Too many failed sign-ins</h1><p>%s</p><p><a href="%s/login">Sign in</a></p></main>
                    </body></html>
                    """.formatted(HtmlUtils.htmlEscape(throttled.getMessage()), request.getContextPath()));
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
