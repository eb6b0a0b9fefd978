package gov.trade.negotiation.ops;

import java.io.IOException;
import java.net.URI;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.security.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /actuator/**} before every other rule: health (and its liveness and readiness groups) for anyone, since a
 * proxy or an orchestrator asks it without credentials and it shows the status only; everything else (the
 * Prometheus scrape) for administrators over HTTP Basic, refused with a problem body.
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorEndpoints(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"negotiation\"");
            problem(json, request, response, HttpStatus.UNAUTHORIZED, "Sign in to read the metrics.");
        };
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(Groups.authority(Groups.ADMIN)))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, request, response, HttpStatus.FORBIDDEN, "Metrics are for administrators.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only endpoints over HTTP Basic: no session cookie for a forged page to ride on
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
