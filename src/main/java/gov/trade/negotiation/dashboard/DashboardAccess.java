package gov.trade.negotiation.dashboard;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

/**
 * Who sees which dashboard: managers, the principal and administrators the whole program (or any row or column
 * they ask for); a nation's desk its row; an area's leads its column; anyone else nothing (403).
 */
@Component
class DashboardAccess {

    private final NegotiationProperties properties;

    DashboardAccess(NegotiationProperties properties) {
        this.properties = properties;
    }

    /** The scope of the user's dashboard, narrowed to one nation's row and/or one area's column if asked. */
    Scope scopeFor(CurrentUser user, String nation, String area) {
        Scope own = own(user);
        boolean narrowed = notBlank(nation) || notBlank(area);
        if (!narrowed) {
            return own;
        }
        if (notBlank(nation) && properties.nation(nation).isEmpty() && properties.agreement(nation).isEmpty()) {
            throw new NotFoundException("No nation " + nation);
        }
        if (notBlank(area) && properties.area(area).isEmpty()) {
            throw new NotFoundException("No focus area " + area);
        }
        if ((notBlank(nation) && !own.everything() && !own.nations().contains(nation))
                || (notBlank(area) && !own.everything() && !own.areas().contains(area))) {
            throw new AccessDeniedException("That part of the dashboard is not open to your groups.");
        }
        return Scope.of(notBlank(nation) ? Set.of(nation) : Set.of(), notBlank(area) ? Set.of(area) : Set.of());
    }

    private Scope own(CurrentUser user) {
        if (user.readsEverything()) {
            return Scope.all();
        }
        Set<String> nations = properties.nations().stream().map(NegotiationProperties.Nation::code)
                .filter(code -> user.isIn(Groups.desk(code))).collect(Collectors.toCollection(java.util.HashSet::new));
        // A plurilateral agreement's row: for its parties' desks and its lead office.
        properties.agreements().stream()
                .filter(agreement -> user.isIn(Groups.office(agreement.leadOffice()))
                        || agreement.parties().stream().anyMatch(party -> user.isIn(Groups.desk(party))))
                .forEach(agreement -> nations.add(agreement.code()));
        Set<String> areas = properties.areas().stream().map(NegotiationProperties.FocusArea::code)
                .filter(code -> user.isIn(Groups.areaLead(code))).collect(Collectors.toSet());
        if (nations.isEmpty() && areas.isEmpty()) {
            throw new AccessDeniedException(
                    "The dashboard is for managers, the principal, administrators, nation desks and area leads.");
        }
        return Scope.of(nations, areas);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
