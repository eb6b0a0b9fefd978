package gov.trade.negotiation.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.trade.negotiation.track.TrackStage;

/**
 * Days each track spent in each stage, from its completed user tasks: the union of the tasks' open intervals per
 * track and stage (legal and interagency review run in parallel and count once), summed over every visit (a
 * rejection back to drafting adds a second stay). Tasks that are still open do not count.
 */
final class StageTimes {

    private StageTimes() {
    }

    record Interval(Instant from, Instant to) {
    }

    /** Per stage, one value per track that has spent time in it: days, fractional. */
    static Map<TrackStage, List<Double>> daysPerTrack(List<TrackFacts.FinishedTask> tasks) {
        Map<TrackStage, Map<String, List<Interval>>> byStage = new EnumMap<>(TrackStage.class);
        for (TrackFacts.FinishedTask task : tasks) {
            TrackStage stage = TrackStage.ofOpenTasks(List.of(task.key()));
            if (stage == TrackStage.OPENING || task.ended() == null) {
                continue;
            }
            byStage.computeIfAbsent(stage, s -> new HashMap<>())
                    .computeIfAbsent(task.instanceId(), i -> new ArrayList<>())
                    .add(new Interval(task.started(), task.ended()));
        }
        Map<TrackStage, List<Double>> days = new EnumMap<>(TrackStage.class);
        byStage.forEach((stage, perTrack) -> days.put(stage,
                perTrack.values().stream().map(StageTimes::unionDays).toList()));
        return days;
    }

    static double unionDays(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::from));
        Duration total = Duration.ZERO;
        Instant start = null;
        Instant end = null;
        for (Interval interval : sorted) {
            if (end == null || interval.from().isAfter(end)) {
                if (end != null) {
                    total = total.plus(Duration.between(start, end));
                }
                start = interval.from();
                end = interval.to();
            } else if (interval.to().isAfter(end)) {
                end = interval.to();
            }
        }
        if (end != null) {
            total = total.plus(Duration.between(start, end));
        }
        return total.toMillis() / 86_400_000d;
    }
}
