package gov.trade.negotiation.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.config.NegotiationProperties.Agreement;
import gov.trade.negotiation.security.Groups;

/**
 * Who negotiates a track on the other side, and which group leads it on ours. A bilateral track's only party is
 * its nation, led by that nation's desk. The process asks this bean for its per-party steps (each party's answer,
 * signature and domestic procedures, candidate group the party's desk), so a track with several parties needs no
 * change to the model. A plurilateral track ({@code COORD-SEMICONDUCTORS}, its first part an agreement's code in
 * {@code negotiation.agreements}) has the agreement's parties and is led by its lead office's group
 * ({@code office-ustr}). Party codes are text (e.g. {@code EU}, {@code NO}); the United States is never a party here.
 */
@Component("trackParties")
public class TrackParties {

    /** The United States, for the steps both sides take (domestic procedures). */
    public static final String UNITED_STATES = "US";

    private final Map<String, Agreement> agreements;

    /** Bilateral tracks only. */
    public TrackParties() {
        this.agreements = Map.of();
    }

    @Autowired
    public TrackParties(NegotiationProperties properties) {
        this.agreements = properties.agreements().stream()
                .collect(Collectors.toUnmodifiableMap(Agreement::code, Function.identity(), (a, b) -> a));
    }

    /** The counterparts of a track, never including the United States. */
    public List<String> of(String trackId) {
        TrackId id = TrackId.parse(trackId);
        Agreement agreement = agreements.get(id.nation());
        return agreement == null ? List.of(id.nation()) : agreement.parties();
    }

    /** The group that leads the track on the US side: drafting, sending, initialing. */
    public String leadGroupOf(String trackId) {
        TrackId id = TrackId.parse(trackId);
        Agreement agreement = agreements.get(id.nation());
        return agreement == null ? id.deskGroup() : Groups.office(agreement.leadOffice());
    }

    /** The counterparts and the United States, for steps each side completes. */
    public List<String> withUnitedStates(String trackId) {
        List<String> sides = new ArrayList<>(of(trackId));
        sides.add(UNITED_STATES);
        return sides;
    }

    /** Who records a party's step: its desk; for the United States the track's lead group. */
    public String groupFor(String trackId, String party) {
        return UNITED_STATES.equals(party) ? leadGroupOf(trackId) : Groups.desk(party);
    }
}
