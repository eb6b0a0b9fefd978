package gov.trade.negotiation.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is asking: the user id and the groups they belong to. */
public record CurrentUser(String id, Set<String> groups) {

    private static final String GROUP_PREFIX = Groups.authority("");

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    public static CurrentUser of(Authentication authentication) {
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP_PREFIX))
                .map(authority -> authority.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toSet()));
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    /** Managers, the principal's office and administrators read every track. */
    public boolean readsEverything() {
        return isIn(Groups.MANAGERS) || isIn(Groups.PRINCIPAL) || isIn(Groups.ADMIN);
    }
}
