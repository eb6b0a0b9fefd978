package gov.trade.negotiation.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Problem bodies written outside Spring MVC (servlet filters, security handlers), with the handler's types. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        return ApiProblemHandler.problem(status, type, detail);
    }

    /** Writes {@code problem} as the whole response, {@code application/problem+json}. */
    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        OutputStream body = response.getOutputStream();
        json.writeValue(body, problem);
        body.flush();
    }
}
