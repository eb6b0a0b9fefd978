package gov.trade.negotiation.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

/**
 * Who may see and change a nation's follow-up meetings, the same on the JSON API and the meetings page: its desk,
 * managers, the principal and administrators see them; its desk and managers move or call them off.
 */
@Component
public class MeetingAccess {

    private final NegotiationProperties properties;

    MeetingAccess(NegotiationProperties properties) {
        this.properties = properties;
    }

    public boolean maySee(CurrentUser user, String nation) {
        return user.readsEverything() || user.isIn(Groups.desk(nation));
    }

    public boolean mayChange(CurrentUser user, String nation) {
        return user.isIn(Groups.MANAGERS) || user.isIn(Groups.desk(nation));
    }

    /**
     * The configured nations whose meetings the user may see, in configured order; only {@code nation} when one is
     * named: an unknown code is invalid input, a nation the user may not see is refused rather than answered empty.
     */
    List<String> visibleNations(CurrentUser user, String nation) {
        if (nation == null || nation.isBlank()) {
            return properties.nations().stream().map(NegotiationProperties.Nation::code)
                    .filter(code -> maySee(user, code)).toList();
        }
        String code = nation.strip().toUpperCase(Locale.ROOT);
        if (properties.nation(code).isEmpty()) {
            throw new InvalidInputException(Map.of("nation", "is not a configured nation: " + nation));
        }
        if (!maySee(user, code)) {
            throw new AccessDeniedException("Only the " + code + " desk, managers, the principal and administrators "
                    + "see the meetings with " + code + ".");
        }
        return List.of(code);
    }

    /** The nation code in capitals, once the user may change its meetings. */
    String checkMayChange(CurrentUser user, String nation) {
        String code = nation.toUpperCase(Locale.ROOT);
        if (!mayChange(user, code)) {
            throw new AccessDeniedException("Only the nation's desk or managers may move or call off its meetings.");
        }
        return code;
    }
}
