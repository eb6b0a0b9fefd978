package gov.trade.negotiation.ops;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the track id of a request to {@code /tracks/{id}/...} or {@code /api/tracks/{id}/...} into the logging
 * context as {@value #MDC_KEY}, the key the engine uses for the business key of the work it does (see
 * {@code loggingContextBusinessKey} in application.yaml), so structured logs can be searched by track.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class TrackLoggingFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "trackId";
    private static final Pattern TRACK_PATH = Pattern.compile("^(?:/api)?/tracks/([A-Za-z0-9_-]{1,100})(?:/.*)?$");

    static Optional<String> trackIdOf(String path) {
        Matcher matcher = TRACK_PATH.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> trackId = trackIdOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (trackId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, trackId.get())) {
            chain.doFilter(request, response);
        }
    }
}
