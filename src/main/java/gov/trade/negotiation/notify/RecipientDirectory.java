package gov.trade.negotiation.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns {@code user:<id>} and {@code group:<id>} into people with email addresses, from Camunda's identity
 * service. A person in several of the groups gets one mail; a person without an address gets none (logged).
 */
@Component
class RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final IdentityService identityService;

    RecipientDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<Recipient> resolve(List<String> recipients) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String recipient : recipients) {
            if (recipient.startsWith("group:")) {
                identityService.createUserQuery().memberOfGroup(recipient.substring("group:".length()))
                        .orderByUserId().asc().list()
                        .forEach(user -> users.putIfAbsent(user.getId(), user));
            } else if (recipient.startsWith("user:")) {
                User user = identityService.createUserQuery().userId(recipient.substring("user:".length())).singleResult();
                if (user == null) {
                    log.warn("No user {} in the identity service; nobody is told", recipient);
                } else {
                    users.putIfAbsent(user.getId(), user);
                }
            } else {
                throw new IllegalArgumentException("Recipient must be user:<id> or group:<id>, not " + recipient);
            }
        }
        return users.values().stream()
                .filter(user -> {
                    boolean hasAddress = user.getEmail() != null && !user.getEmail().isBlank();
                    if (!hasAddress) {
                        log.warn("User {} has no email address; no mail for them", user.getId());
                    }
                    return hasAddress;
                })
                .map(user -> new Recipient(user.getId(), nameOf(user), user.getEmail()))
                .toList();
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
