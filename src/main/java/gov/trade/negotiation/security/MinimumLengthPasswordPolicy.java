package gov.trade.negotiation.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * The engine's password policy: at least {@value #MINIMUM_LENGTH} characters, whatever sets the password (Camunda
 * Admin, {@code /engine-rest}, the app). In the dev profile only, the demo password of {@code config/users-dev.yaml}
 * is allowed as well. Camunda Admin shows the rule by its placeholder.
 */
class MinimumLengthPasswordPolicy implements PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private final String devDemoPassword;

    /** @param devDemoPassword the demo password, allowed in the dev profile; null elsewhere */
    MinimumLengthPasswordPolicy(String devDemoPassword) {
        this.devDemoPassword = devDemoPassword;
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return "PASSWORD_POLICY_LENGTH";
            }

            @Override
            public Map<String, String> getParameters() {
                return Map.of("minLength", String.valueOf(MINIMUM_LENGTH));
            }

            @Override
            public boolean execute(String password) {
                return password != null && (password.length() >= MINIMUM_LENGTH
                        || (devDemoPassword != null && devDemoPassword.equals(password)));
            }
        });
    }
}
