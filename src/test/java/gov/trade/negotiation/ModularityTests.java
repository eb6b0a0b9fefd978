package gov.trade.negotiation;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a feature module; none may reach into another's internals or form a cycle. */
class ModularityTests {

    @Test
    void shouldKeepFeatureModulesApart() {
        ApplicationModules.of(NegotiationApplication.class).verify();
    }
}
