package gov.trade.negotiation.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.dashboard.Dashboard;
import gov.trade.negotiation.notify.OutboxStatus;
import gov.trade.negotiation.track.TrackStage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The business gauges on {@code /actuator/prometheus}, all named {@code negotiation_*}. They are figures of the whole
 * program, the same on every node (read from the database), so a dashboard takes any one node's value, not a sum.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private final OperationalFigures figures;

    BusinessMetrics(OperationalFigures figures) {
        this.figures = figures;
    }

    /** Every stage a track can be in, as the dashboard counts them. */
    static List<String> stages() {
        List<String> stages = new ArrayList<>();
        stages.add(Dashboard.NOT_STARTED);
        for (TrackStage stage : TrackStage.values()) {
            stages.add(stage.name());
        }
        return stages;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String stage : stages()) {
            gauge("negotiation.tracks", "Tracks in each stage, from the stored dashboard",
                    reading -> reading.tracksIn(stage)).tag("stage", stage).register(registry);
        }
        gauge("negotiation.tasks.overdue", "Open track tasks past their due date",
                OperationalFigures.Reading::overdueTasks).register(registry);
        gauge("negotiation.escalations.open", "Tracks with an escalation whose task is still open",
                OperationalFigures.Reading::escalationsOpen).register(registry);
        gauge("negotiation.outbox.pending", "Mails waiting to be sent (or being sent)",
                reading -> reading.outboxCount(OutboxStatus.PENDING) + reading.outboxCount(OutboxStatus.SENDING))
                .register(registry);
        gauge("negotiation.outbox.failed", "Mails given up on, waiting for an administrator",
                reading -> reading.outboxCount(OutboxStatus.FAILED)).register(registry);
        gauge("negotiation.outbox.oldest.pending.age", "Age of the oldest mail still waiting to be sent",
                OperationalFigures.Reading::oldestPendingAgeSeconds).baseUnit("seconds").register(registry);
        gauge("negotiation.mails.sent", "Mails sent so far, alone or in a daily digest",
                reading -> reading.outboxCount(OutboxStatus.SENT) + reading.outboxCount(OutboxStatus.DIGESTED))
                .register(registry);
        gauge("negotiation.jobs.due", "Engine jobs due now and not yet run: the job executor's backlog",
                OperationalFigures.Reading::jobsDue).register(registry);
        gauge("negotiation.timers", "Engine timers waiting (reminders, escalations, meeting dates)",
                OperationalFigures.Reading::timers).register(registry);
    }

    private Gauge.Builder<OperationalFigures> gauge(String name, String description,
            ToDoubleFunction<OperationalFigures.Reading> value) {
        return Gauge.builder(name, figures, source -> value.applyAsDouble(source.current())).description(description);
    }
}
