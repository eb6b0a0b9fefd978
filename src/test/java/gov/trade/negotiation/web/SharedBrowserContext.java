package gov.trade.negotiation.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application the page-checking browser tests share (Spring caches the context, so it starts once): the dev
 * users, the job executor off (tests fire timers themselves), and every area but transportation logistics under the
 * blanket authority, so those tracks show the request for authority to negotiate. Each test class works on tracks of
 * its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browserPages;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "negotiation.authority.blanket.areas=ENERGY,CRITICAL_MINERALS,SEMICONDUCTORS,ADVANCED_MANUFACTURING,"
                + "AI_INFRASTRUCTURE"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface SharedBrowserContext {
}
