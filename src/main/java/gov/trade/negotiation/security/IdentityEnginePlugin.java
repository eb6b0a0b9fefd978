package gov.trade.negotiation.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Password storage and policy of the engine's identity store: bcrypt for new and changed passwords (old SHA-512
 * hashes still verify) and a minimum length. Camunda's own lockout after wrong passwords is switched off in
 * {@code application.yaml} ({@code loginMaxAttempts}, {@code loginDelay*}): {@link SignInThrottle} replaces it.
 */
@Component
class IdentityEnginePlugin implements ProcessEnginePlugin {

    private final BcryptPasswordEncryptor encryptor;
    private final String devDemoPassword;

    IdentityEnginePlugin(BcryptPasswordEncryptor encryptor, Environment environment) {
        this.encryptor = encryptor;
        this.devDemoPassword = environment.acceptsProfiles(Profiles.of("dev"))
                ? environment.getProperty("dev-users.password")
                : null;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(encryptor);
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new MinimumLengthPasswordPolicy(devDemoPassword));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }
}
