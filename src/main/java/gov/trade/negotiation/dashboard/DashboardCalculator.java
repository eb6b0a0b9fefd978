package gov.trade.negotiation.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.config.NegotiationProperties.FocusArea;
import gov.trade.negotiation.config.NegotiationProperties.Nation;
import gov.trade.negotiation.dashboard.Dashboard.Cell;
import gov.trade.negotiation.dashboard.Dashboard.Column;
import gov.trade.negotiation.dashboard.Dashboard.CycleTime;
import gov.trade.negotiation.dashboard.Dashboard.Meeting;
import gov.trade.negotiation.dashboard.Dashboard.Progress;
import gov.trade.negotiation.dashboard.Dashboard.Row;
import gov.trade.negotiation.dashboard.Dashboard.SignedPoint;
import gov.trade.negotiation.dashboard.Dashboard.StageCount;
import gov.trade.negotiation.dashboard.Dashboard.TaskLine;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackId;
import gov.trade.negotiation.track.TrackStage;

/**
 * Turns the engine's facts into the dashboard's figures for one scope. Plain code: no engine, no Spring, one pass
 * over each list, so its cost grows with the number of tracks and nothing else.
 */
final class DashboardCalculator {

    /** Stages in the order the dashboard lists them: not started, then the track's stages in their order. */
    static final List<String> STAGE_ORDER = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Dashboard.NOT_STARTED),
            java.util.Arrays.stream(TrackStage.values()).map(TrackStage::name)).toList();

    /** Stages with user tasks, whose time is measured. */
    static final List<TrackStage> TIMED_STAGES = java.util.Arrays.stream(TrackStage.values())
            .filter(TrackStage::timed).toList();

    private final NegotiationProperties properties;

    DashboardCalculator(NegotiationProperties properties) {
        this.properties = properties;
    }

    Dashboard compute(TrackFacts facts, Scope scope, Instant now, int listLimit) {
        ZoneId zone = properties.kickoff().zone();
        Map<String, TrackFacts.TrackRow> tracks = visibleTracks(facts, scope);
        Map<String, String> trackOfInstance = tracks.values().stream()
                .collect(Collectors.toMap(TrackFacts.TrackRow::instanceId, TrackFacts.TrackRow::trackId));
        Map<String, List<TrackFacts.OpenTask>> openTasks = facts.openTasks().stream()
                .filter(task -> trackOfInstance.containsKey(task.instanceId()))
                .collect(Collectors.groupingBy(task -> trackOfInstance.get(task.instanceId())));

        Matrix matrix = matrix(scope, tracks, openTasks, facts.escalatedTracks(), now);
        List<Cell> cells = matrix.cells();

        Map<String, Integer> totals = new LinkedHashMap<>();
        STAGE_ORDER.forEach(stage -> totals.put(stage, 0));
        cells.forEach(cell -> totals.merge(cell.stage(), 1, Integer::sum));

        List<TaskLine> overdue = new ArrayList<>();
        List<TaskLine> upcoming = new ArrayList<>();
        Instant horizon = now.plus(Dashboard.DEADLINE_HORIZON_DAYS, ChronoUnit.DAYS);
        openTasks.forEach((trackId, tasks) -> tasks.stream().filter(task -> task.due() != null).forEach(task -> {
            TaskLine line = new TaskLine(task.id(), trackId, task.name(), task.due(), task.assignee());
            if (task.due().isBefore(now)) {
                overdue.add(line);
            } else if (task.due().isBefore(horizon)) {
                upcoming.add(line);
            }
        }));
        Comparator<TaskLine> byDue = Comparator.comparing(TaskLine::due).thenComparing(TaskLine::track)
                .thenComparing(TaskLine::task);
        overdue.sort(byDue);
        upcoming.sort(byDue);

        List<Instant> signings = facts.signings().stream()
                .filter(signing -> trackOfInstance.containsKey(signing.instanceId()))
                .map(TrackFacts.Signing::at).sorted().toList();
        Set<String> signedTracks = facts.signings().stream().map(TrackFacts.Signing::instanceId)
                .filter(trackOfInstance::containsKey).map(trackOfInstance::get).collect(Collectors.toSet());

        return new Dashboard(now, properties.kickoff().date(), matrix.dashboardMatrix(), cells.size(),
                totals.entrySet().stream().map(e -> new StageCount(e.getKey(), e.getValue())).toList(),
                signedTracks.size(),
                (int) cells.stream().filter(Cell::stalled).count(),
                (int) cells.stream().filter(Cell::escalated).count(),
                overdue.size(), limit(overdue, listLimit),
                progress(matrix.byNation(), signedTracks, code -> properties.nation(code).map(Nation::name)
                        .or(() -> properties.agreement(code).map(NegotiationProperties.Agreement::name))),
                progress(matrix.byArea(), signedTracks, code -> properties.area(code).map(FocusArea::name)),
                cycleTimes(facts.finishedTasks(), trackOfInstance),
                upcoming.size(), limit(upcoming, listLimit),
                meetings(facts.meetings(), matrix, now, listLimit),
                signedOverTime(signings, zone, LocalDate.ofInstant(now, zone)));
    }

    /** The configured tracks the scope shows, by id; per id the running instance if there is one, else the latest. */
    private Map<String, TrackFacts.TrackRow> visibleTracks(TrackFacts facts, Scope scope) {
        Map<String, TrackFacts.TrackRow> tracks = new HashMap<>();
        for (TrackFacts.TrackRow row : facts.tracks()) {
            TrackId id;
            try {
                id = TrackId.parse(row.trackId());
            } catch (IllegalArgumentException notATrack) {
                continue;
            }
            if (!scope.sees(id.nation(), id.area())) {
                continue;
            }
            tracks.merge(row.trackId(), row, DashboardCalculator::preferred);
        }
        return tracks;
    }

    private static TrackFacts.TrackRow preferred(TrackFacts.TrackRow a, TrackFacts.TrackRow b) {
        if ((a.ended() == null) != (b.ended() == null)) {
            return a.ended() == null ? a : b;
        }
        return a.started().isAfter(b.started()) ? a : b;
    }

    /** The matrix and its visible cells by nation and by area. */
    private record Matrix(Dashboard.Matrix dashboardMatrix, List<Cell> cells, Map<String, List<Cell>> byNation,
            Map<String, List<Cell>> byArea) {
    }

    /** A row of the matrix: a nation, or a plurilateral agreement after the nations, with the areas it covers. */
    private record RowOwner(String code, String name, List<FocusArea> areas) {
    }

    private List<RowOwner> rowOwners() {
        List<RowOwner> owners = new ArrayList<>();
        properties.nations().forEach(nation ->
                owners.add(new RowOwner(nation.code(), nation.name(), properties.areasOf(nation))));
        properties.agreements().forEach(agreement ->
                owners.add(new RowOwner(agreement.code(), agreement.name(), properties.areasOf(agreement))));
        return owners;
    }

    private Matrix matrix(Scope scope, Map<String, TrackFacts.TrackRow> tracks,
            Map<String, List<TrackFacts.OpenTask>> openTasks, Set<String> escalated, Instant now) {
        List<RowOwner> owners = rowOwners();
        List<FocusArea> columns = properties.areas().stream()
                .filter(area -> owners.stream().anyMatch(owner -> shown(scope, owner, area)))
                .toList();
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Map<String, List<Cell>> byNation = new LinkedHashMap<>();
        Map<String, List<Cell>> byArea = new LinkedHashMap<>();
        columns.forEach(area -> byArea.put(area.code(), new ArrayList<>()));
        for (RowOwner owner : owners) {
            if (columns.stream().noneMatch(area -> shown(scope, owner, area))) {
                continue;
            }
            List<Cell> rowCells = new ArrayList<>();
            List<Cell> visible = new ArrayList<>();
            for (FocusArea area : columns) {
                if (!shown(scope, owner, area)) {
                    rowCells.add(new Cell(area.code(), null, null, 0, false, false));
                    continue;
                }
                String trackId = new TrackId(owner.code(), area.code()).toString();
                Cell cell = cell(area.code(), trackId, tracks.get(trackId), openTasks.getOrDefault(trackId, List.of()),
                        escalated.contains(trackId), now);
                rowCells.add(cell);
                visible.add(cell);
                byArea.get(area.code()).add(cell);
            }
            rows.add(new Row(owner.code(), owner.name(), rowCells));
            cells.addAll(visible);
            byNation.put(owner.code(), visible);
        }
        return new Matrix(new Dashboard.Matrix(columns.stream().map(a -> new Column(a.code(), a.name())).toList(), rows),
                cells, byNation, byArea);
    }

    private static boolean shown(Scope scope, RowOwner owner, FocusArea area) {
        return scope.sees(owner.code(), area.code()) && owner.areas().contains(area);
    }

    private static Cell cell(String area, String trackId, TrackFacts.TrackRow track, List<TrackFacts.OpenTask> tasks,
            boolean escalated, Instant now) {
        if (track == null) {
            return new Cell(area, trackId, Dashboard.NOT_STARTED, 0, false, false);
        }
        TrackStage stage = track.ended() != null
                ? TrackStage.ofEndEvent(track.endActivity())
                : TrackStage.ofOpenTasks(tasks.stream().map(TrackFacts.OpenTask::key).toList());
        int overdue = track.ended() != null ? 0
                : (int) tasks.stream().filter(task -> task.due() != null && task.due().isBefore(now)).count();
        return new Cell(area, trackId, stage.name(), overdue, stage == TrackStage.STALLED,
                track.ended() == null && escalated);
    }

    private static List<Progress> progress(Map<String, List<Cell>> groups, Set<String> signedTracks,
            Function<String, Optional<String>> names) {
        List<Progress> progress = new ArrayList<>();
        groups.forEach((code, cells) -> {
            List<Cell> counted = cells.stream().filter(cell -> !TrackStage.WITHDRAWN.name().equals(cell.stage())).toList();
            int steps = counted.stream().mapToInt(cell -> step(cell.stage())).sum();
            int percent = counted.isEmpty() ? 0
                    : (int) Math.round(100.0 * steps / (counted.size() * TrackStage.FINAL_PROGRESS));
            int signed = (int) cells.stream().filter(cell -> signedTracks.contains(cell.track())).count();
            progress.add(new Progress(code, names.apply(code).orElse(code), cells.size(), signed, percent));
        });
        return progress;
    }

    /** How far along a stage is (see {@link TrackStage#progress()}); not started counts 0. */
    static int step(String stage) {
        return Dashboard.NOT_STARTED.equals(stage) ? 0 : TrackStage.valueOf(stage).progress();
    }

    private static List<CycleTime> cycleTimes(List<TrackFacts.FinishedTask> finished, Map<String, String> trackOfInstance) {
        Map<TrackStage, List<Double>> days = StageTimes.daysPerTrack(finished.stream()
                .filter(task -> trackOfInstance.containsKey(task.instanceId())).toList());
        return TIMED_STAGES.stream().map(stage -> {
            Percentiles values = new Percentiles(days.getOrDefault(stage, List.of()));
            return new CycleTime(stage.name(), values.count(), rounded(values.median()), rounded(values.of(0.9)));
        }).toList();
    }

    private static Double rounded(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }

    private List<Meeting> meetings(List<TrackFacts.MeetingSlot> slots, Matrix matrix, Instant now, int listLimit) {
        String prefix = MeetingProcess.seriesKey("");
        return limit(slots.stream()
                .filter(slot -> slot.start() != null && !slot.start().isBefore(now) && slot.seriesKey() != null
                        && slot.seriesKey().startsWith(prefix))
                .map(slot -> {
                    String nation = slot.seriesKey().substring(prefix.length());
                    return new Meeting(nation, properties.nation(nation).map(Nation::name).orElse(nation),
                            slot.number(), slot.start(), slot.place());
                })
                .filter(meeting -> matrix.byNation().containsKey(meeting.nation()))
                .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::nation))
                .toList(), listLimit);
    }

    /** From kickoff (0) to today: the cumulative count after each day with a signing. */
    private List<SignedPoint> signedOverTime(List<Instant> sortedSignings, ZoneId zone, LocalDate today) {
        LocalDate kickoff = properties.kickoff().date();
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        sortedSignings.forEach(at -> perDay.merge(LocalDate.ofInstant(at, zone), 1, Integer::sum));
        List<SignedPoint> points = new ArrayList<>();
        points.add(new SignedPoint(kickoff, 0));
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            total += day.getValue();
            if (day.getKey().isAfter(kickoff)) {
                points.add(new SignedPoint(day.getKey(), total));
            } else {
                points.set(0, new SignedPoint(kickoff, total));
            }
        }
        LocalDate last = points.get(points.size() - 1).date();
        if (today.isAfter(last)) {
            points.add(new SignedPoint(today, total));
        }
        return points;
    }

    private static <T> List<T> limit(List<T> list, int limit) {
        return list.size() <= limit ? List.copyOf(list) : List.copyOf(list.subList(0, limit));
    }
}
