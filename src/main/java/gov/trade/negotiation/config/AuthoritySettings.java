package gov.trade.negotiation.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Circular 175 authority as configured under {@code negotiation.authority}: a blanket authority the Secretary
 * granted for a series of agreements of one standard type. A track of a focus area it lists starts drafting at
 * once on the blanket's terms (instrument type, entry into force, authority to conclude); any other track first
 * asks for authority to negotiate.
 */
@ConfigurationProperties(prefix = AuthoritySettings.PREFIX)
public record AuthoritySettings(Blanket blanket) {

    public static final String PREFIX = NegotiationProperties.PREFIX + ".authority";

    public AuthoritySettings {
        blanket = blanket == null ? new Blanket(List.of(), null, null, false) : blanket;
    }

    /** A binding international agreement, or a non-binding instrument (an MOU, a joint statement). */
    public enum Instrument { BINDING, NON_BINDING }

    /** When a binding agreement enters into force: on signature, or once each side notified its domestic procedures. */
    public enum EntryIntoForce { ON_SIGNATURE, ON_NOTIFICATION }

    /** {@code areas}: the focus areas whose tracks the blanket covers (empty: none). */
    public record Blanket(List<String> areas, Instrument instrument, EntryIntoForce entryIntoForce,
            boolean includesAuthorityToConclude) {
        public Blanket {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        public boolean covers(String area) {
            return areas.contains(area);
        }
    }
}
