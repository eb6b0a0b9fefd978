package gov.trade.negotiation.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Inside each security filter chain, around access checks and the app: an audit line for every 403, whether
 * Spring Security refused the path or the app refused the track or task.
 */
class AccessAudit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                SecurityAudit.forbidden(user == null ? null : user.getName(), request.getMethod(),
                        request.getRequestURI(), request.getRemoteAddr());
            }
        }
    }
}
