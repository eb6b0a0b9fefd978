package gov.trade.negotiation.engine;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's notion of now. Due dates, reminders and meeting slots are computed from it so that they agree
 * with the engine's timers, also when a test moves the engine clock forward. The one place that touches
 * engine internals for time.
 */
@Component
public class EngineClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
