package gov.trade.negotiation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/**
 * Creates missing groups and users in the identity store. Safe when several nodes start at once: whatever
 * another node created in the meantime is taken as done.
 */
@Component
public class IdentitySeeder {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identityService;
    private final NegotiationProperties properties;

    IdentitySeeder(IdentityService identityService, NegotiationProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    /** The fixed groups plus one desk per configured nation and one lead group per configured area. */
    public void seedGroups() {
        List<String[]> groups = new ArrayList<>(List.of(
                new String[] {Groups.ADMIN, "Administrators"},
                new String[] {Groups.MANAGERS, "Program managers"},
                new String[] {Groups.PRINCIPAL, "Office of the Under Secretary"},
                new String[] {Groups.LEGAL, "Legal"},
                new String[] {Groups.INTERAGENCY, "Interagency reviewers"}));
        properties.nations().forEach(nation ->
                groups.add(new String[] {Groups.desk(nation.code()), nation.name() + " desk"}));
        properties.areas().forEach(area -> groups.add(new String[] {
                Groups.areaLead(area.code()), area.name() + " leads"}));
        properties.offices().forEach(office -> groups.add(new String[] {Groups.office(office.code()), office.name()}));
        groups.forEach(group -> createGroup(group[0], group[1]));
    }

    public void seedUser(String id, String firstName, String lastName, String email, String password,
            List<String> groupIds) {
        createUnlessPresent(() -> identityService.createUserQuery().userId(id).count() > 0, () -> {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
        });
        List<String> memberships = new ArrayList<>(groupIds);
        if (groupIds.contains(Groups.ADMIN)) {
            // Camunda's webapps know administrators by this group; without one they offer a first-admin setup page.
            memberships.add(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
        }
        for (String groupId : memberships) {
            createGroup(groupId, groupId);
            createUnlessPresent(() -> identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() > 0,
                    () -> identityService.createMembership(id, groupId));
        }
    }

    private void createGroup(String id, String name) {
        createUnlessPresent(() -> identityService.createGroupQuery().groupId(id).count() > 0, () -> {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        });
    }

    /** Creates an entry unless it exists; a failure is ignored only if another node created it meanwhile. */
    private static void createUnlessPresent(BooleanSupplier present, Runnable creation) {
        if (present.getAsBoolean()) {
            return;
        }
        try {
            creation.run();
        } catch (ProcessEngineException failure) {
            if (!present.getAsBoolean()) {
                throw failure;
            }
            log.info("Identity entry created by another node meanwhile: {}", failure.getMessage());
        }
    }
}
