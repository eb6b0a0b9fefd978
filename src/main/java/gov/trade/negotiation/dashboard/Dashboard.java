package gov.trade.negotiation.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every figure the dashboard shows, as the page renders it and {@code GET /api/dashboard} returns it.
 * {@code asOf} is the engine's time the figures were computed for; lists are cut at {@link #LIST_LIMIT} entries
 * (their counts are not), the CSV export has them all.
 */
public record Dashboard(
        Instant asOf,
        LocalDate kickoff,
        Matrix matrix,
        int trackCount,
        List<StageCount> totals,
        int signedCount,
        int stalledCount,
        int escalatedCount,
        int overdueTaskCount,
        List<TaskLine> overdueTasks,
        List<Progress> progressByNation,
        List<Progress> progressByArea,
        List<CycleTime> cycleTimes,
        int upcomingDeadlineCount,
        List<TaskLine> upcomingDeadlines,
        List<Meeting> upcomingMeetings,
        List<SignedPoint> signedOverTime) {

    public static final int LIST_LIMIT = 100;
    /** "Deadlines in the next 14 days". */
    public static final int DEADLINE_HORIZON_DAYS = 14;
    /** The stage of a configured track no process instance carries yet. */
    public static final String NOT_STARTED = "NOT_STARTED";

    /** Rows are nations, columns focus areas, both in configured order. */
    public record Matrix(List<Column> areas, List<Row> rows) {
    }

    public record Column(String code, String name) {
    }

    public record Row(String nation, String name, List<Cell> cells) {
    }

    /**
     * One nation x area. {@code track} is null where the nation does not negotiate that area or the viewer may
     * not see it; {@code stage} is a track stage or {@link #NOT_STARTED}.
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Cell(String area, String track, String stage, int overdue, boolean stalled, boolean escalated) {
    }

    public record StageCount(String stage, int count) {
    }

    /** An open task: overdue, or due within the horizon. */
    public record TaskLine(String task, String track, String name, Instant due, String assignee) {
    }

    /** {@code percent}: how far the tracks have come, drafting to signed, withdrawn tracks left out. */
    public record Progress(String code, String name, int tracks, int signed, int percent) {
    }

    /** Days a track spent in a stage (completed stays only), over all tracks that left it. */
    public record CycleTime(String stage, int samples, Double medianDays, Double p90Days) {
    }

    public record Meeting(String nation, String name, Integer number, Instant start, String place) {
    }

    /** Signed agreements so far on a date (cumulative). */
    public record SignedPoint(LocalDate date, int signed) {
    }
}
