package gov.trade.negotiation.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

@Configuration
class SecurityConfig {

    private static final String ADMIN = Groups.authority(Groups.ADMIN);

    /** The JSON API and the engine's REST API: HTTP Basic, stateless, problem-detail errors. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(HttpMethod.POST, "/api/program")).hasAuthority(ADMIN)
                        .requestMatchers(antMatcher("/api/notifications/**"), antMatcher("/api/notifications"))
                        .hasAuthority(ADMIN)
                        .requestMatchers(antMatcher("/engine-rest/**")).hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .addFilterBefore(new AccessAudit(), ExceptionTranslationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(
                        SessionCreationPolicy.STATELESS))
                // Basic-authenticated API calls carry no session cookie a forged page could ride on.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Pages, OpenAPI and the Camunda webapps: form sign-in (HTTP Basic too, for tools that send it up front), CSRF
     * on every form; the webapps are for administrators only. A browser is sent to the sign-in form, never asked
     * for Basic credentials; anything else not signed in gets a 401 problem body.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher("/camunda/**")).hasAuthority(ADMIN)
                        .requestMatchers(antMatcher("/admin/**")).hasAuthority(ADMIN)
                        .requestMatchers(antMatcher("/login"), antMatcher("/error"), antMatcher("/css/**")).permitAll()
                        // the pages problem type URIs point to: readable by any client that got a problem body
                        .requestMatchers(antMatcher("/problems"), antMatcher("/problems/*")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.withObjectPostProcessor(throttledSignInAnswered()))
                // Also what anything but a browser's page request gets when not signed in (the form's entry point
                // takes requests for HTML); setting an entry point of our own would switch off the sign-in page.
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .addFilterBefore(new AccessAudit(), ExceptionTranslationFilter.class)
                // The webapps protect their own forms with Camunda's CSRF filter (same cookie and header names).
                .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**")))
                .build();
    }

    /**
     * The sign-in filter answers a throttled attempt itself; set on the filter, not the configurer, where a
     * failure handler would switch off the error message of Spring's sign-in page.
     */
    private static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> throttledSignInAnswered() {
        return new ObjectPostProcessor<>() {
            @Override
            public <F extends UsernamePasswordAuthenticationFilter> F postProcess(F filter) {
                filter.setAuthenticationFailureHandler(ProblemResponses.signInForm());
                return filter;
            }
        };
    }
}
