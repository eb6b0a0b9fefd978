package gov.trade.negotiation.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs users in against Camunda's identity service, the one store of users and groups (so Camunda Admin manages
 * the same people). A client with too many wrong passwords waits first ({@link SignInThrottle}); credentials
 * verified within the last minute are taken from {@link VerifiedCredentials} instead of paying bcrypt again.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle,
            VerifiedCredentials verified) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress()
                : "unknown";
        throttle.waitFor(client, userId).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Optional<List<String>> cached = verified.groupsOf(userId, password);
        if (cached.isPresent()) {
            return signedIn(userId, cached.get(), new SignInDetails(client, true));
        }
        if (!identityService.checkPassword(userId, password)) {
            throttle.failed(client, userId);
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        throttle.succeeded(client, userId);
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        verified.remember(userId, password, groups);
        return signedIn(userId, groups, new SignInDetails(client, false));
    }

    private static Authentication signedIn(String userId, List<String> groups, SignInDetails details) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(userId, null,
                groups.stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList());
        token.setDetails(details);
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
