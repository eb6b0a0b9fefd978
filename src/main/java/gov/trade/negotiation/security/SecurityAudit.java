package gov.trade.negotiation.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audit lines, one per security event, on the logger named {@code audit}: sign-in (when the password was
 * verified, not for each request served from the credential cache), sign-in failed, sign-in throttled, and
 * forbidden (from {@link AccessAudit}). Each line names the user, the client address and what happened; never
 * a password. User-supplied text is stripped of control characters and cut short.
 */
@Component
class SecurityAudit {

    static final Logger AUDIT = LoggerFactory.getLogger("audit");

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof SignInDetails details && !details.fromCache()) {
            AUDIT.info("sign-in user={} client={}", clean(authentication.getName()), details.client());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        if (event.getException() instanceof SignInThrottledException throttled) {
            AUDIT.warn("sign-in throttled user={} client={} retry-after={}s", clean(attempt.getName()), client,
                    throttled.retryAfterSeconds());
        } else {
            AUDIT.warn("sign-in failed user={} client={} reason={}", clean(attempt.getName()), client,
                    event.getException().getClass().getSimpleName());
        }
    }

    static void forbidden(String user, String method, String path, String client) {
        AUDIT.warn("forbidden user={} method={} path={} client={}", clean(user), method, clean(path), client);
    }

    static String clean(String text) {
        if (text == null) {
            return "-";
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 200 ? printable : printable.substring(0, 200) + "...";
    }
}
