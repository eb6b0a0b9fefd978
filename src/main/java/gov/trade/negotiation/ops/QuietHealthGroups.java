package gov.trade.negotiation.ops;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Anonymous {@code /actuator/health} says {@code {"status":"UP"}} and nothing else: Spring Boot would list the
 * names of the health groups next to it. The groups still answer at {@code /actuator/health/liveness} and
 * {@code /actuator/health/readiness}. (The probes' own post-processor is off, see application.yaml, so this is the
 * only one and sees every group.)
 */
@Component
class QuietHealthGroups implements HealthEndpointGroupsPostProcessor {

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        return new HealthEndpointGroups() {

            @Override
            public HealthEndpointGroup getPrimary() {
                return groups.getPrimary();
            }

            @Override
            public Set<String> getNames() {
                return Set.of();
            }

            @Override
            public HealthEndpointGroup get(String name) {
                return groups.get(name);
            }

            @Override
            public HealthEndpointGroup get(AdditionalHealthEndpointPath path) {
                return groups.get(path);
            }

            @Override
            public Set<HealthEndpointGroup> getAllWithAdditionalPath(WebServerNamespace namespace) {
                return groups.getAllWithAdditionalPath(namespace);
            }
        };
    }
}
