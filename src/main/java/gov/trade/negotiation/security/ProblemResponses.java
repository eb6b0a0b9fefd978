package gov.trade.negotiation.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 of the JSON API as RFC 9457 problem details. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"negotiation\"");
            write(json, request, response, HttpStatus.UNAUTHORIZED, "Sign in to use this API.");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) ->
                write(json, request, response, HttpStatus.FORBIDDEN, "Your groups do not allow this.");
    }

    private static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
