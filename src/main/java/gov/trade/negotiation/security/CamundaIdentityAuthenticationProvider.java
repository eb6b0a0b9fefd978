package gov.trade.negotiation.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs users in against Camunda's identity service, the one store of users and groups (so Camunda Admin
 * manages the same people). Passwords are stored salted and hashed by the engine.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(Groups::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
