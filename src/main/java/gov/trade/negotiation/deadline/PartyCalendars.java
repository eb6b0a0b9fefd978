package gov.trade.negotiation.deadline;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/**
 * The working calendar of each side: the US (deadlines count its working days) and every configured party
 * (meeting times, local times on pages and invitations). Built from configuration only.
 */
@Component
public class PartyCalendars {

    private final WorkingCalendar us;
    private final Map<String, WorkingCalendar> parties;

    public PartyCalendars(NegotiationProperties properties) {
        this.us = WorkingCalendar.of(properties);
        this.parties = properties.nations().stream().collect(Collectors.toUnmodifiableMap(
                NegotiationProperties.Nation::code, nation -> WorkingCalendar.of(properties, nation), (a, b) -> a));
    }

    /** The US side's calendar. */
    public WorkingCalendar us() {
        return us;
    }

    /** A party's calendar; a party no longer configured gets the US calendar. */
    public WorkingCalendar of(String partyCode) {
        return parties.getOrDefault(partyCode, us);
    }
}
