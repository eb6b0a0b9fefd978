package gov.trade.negotiation.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;

/**
 * ENGINE-SPECIFIC: reads the Camunda 7 tables ({@code ACT_HI_PROCINST}, {@code ACT_RU_TASK}, {@code ACT_HI_TASKINST},
 * {@code ACT_HI_ACTINST}, {@code ACT_RU_VARIABLE}, {@code ACT_RU_EXECUTION}) and the app's {@code notification}
 * table directly, because the engine's query API would need one statement per task or per instance for some of it
 * and materialises far more than the dashboard needs. Six statements whatever the number of tracks. Plain SQL that
 * runs on H2 and PostgreSQL; the only class to change if the engine's schema does (Operaton keeps these tables).
 */
@Repository
class EngineFacts {

    private final JdbcTemplate jdbc;

    EngineFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything about the tracks in scope; call inside one read-only transaction for a consistent picture. */
    TrackFacts read(Scope scope) {
        Filter filter = Filter.of(scope, "p.BUSINESS_KEY_");
        Filter notificationFilter = Filter.of(scope, "n.business_key");
        List<TrackFacts.TrackRow> tracks = jdbc.query("""
                select p.ID_, p.BUSINESS_KEY_, p.START_TIME_, p.END_TIME_, p.END_ACT_ID_
                from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = ?""" + filter.sql(),
                (rs, i) -> new TrackFacts.TrackRow(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5)),
                filter.arguments(TrackProcess.KEY));
        List<TrackFacts.OpenTask> open = jdbc.query("""
                select t.ID_, t.PROC_INST_ID_, t.TASK_DEF_KEY_, t.NAME_, t.DUE_DATE_, t.ASSIGNEE_
                from ACT_RU_TASK t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_
                where p.PROC_DEF_KEY_ = ?""" + filter.sql(),
                (rs, i) -> new TrackFacts.OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), rs.getString(6)),
                filter.arguments(TrackProcess.KEY));
        List<TrackFacts.FinishedTask> finished = jdbc.query("""
                select h.PROC_INST_ID_, h.TASK_DEF_KEY_, h.START_TIME_, h.END_TIME_
                from ACT_HI_TASKINST h join ACT_HI_PROCINST p on p.ID_ = h.PROC_INST_ID_
                where h.PROC_DEF_KEY_ = ? and h.END_TIME_ is not null""" + filter.sql(),
                (rs, i) -> new TrackFacts.FinishedTask(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)),
                filter.arguments(TrackProcess.KEY));
        List<TrackFacts.Signing> signings = jdbc.query("""
                select a.PROC_INST_ID_, coalesce(a.END_TIME_, a.START_TIME_)
                from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_
                where a.PROC_DEF_KEY_ = ? and a.ACT_ID_ = ?""" + filter.sql(),
                (rs, i) -> new TrackFacts.Signing(rs.getString(1), instant(rs, 2)),
                filter.arguments(TrackProcess.KEY, TrackProcess.EVENT_AGREEMENT_SIGNED));
        // escalated = an ESCALATION row (notify) whose task is still open
        Set<String> escalated = new HashSet<>(jdbc.queryForList("""
                select distinct n.business_key from notification n join ACT_RU_TASK t on t.ID_ = n.task_id
                where n.kind = ?""" + notificationFilter.sql(),
                String.class, notificationFilter.arguments("ESCALATION")));
        return new TrackFacts(tracks, open, finished, signings, escalated, meetings());
    }

    /** The current slot of every running meeting series: number, start and place, from its variables. */
    private List<TrackFacts.MeetingSlot> meetings() {
        Map<String, Object[]> bySeries = new LinkedHashMap<>();
        jdbc.query("""
                select e.BUSINESS_KEY_, v.NAME_, v.LONG_, v.TEXT_
                from ACT_RU_VARIABLE v
                join ACT_RU_EXECUTION e on e.ID_ = v.EXECUTION_ID_ and e.ID_ = e.PROC_INST_ID_
                join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                where d.KEY_ = ? and v.NAME_ in (?, ?, ?)""",
                rs -> {
                    Object[] slot = bySeries.computeIfAbsent(rs.getString(1), key -> new Object[3]);
                    String name = rs.getString(2);
                    long number = rs.getLong(3);
                    boolean hasNumber = !rs.wasNull();
                    if (MeetingProcess.VAR_MEETING_NUMBER.equals(name) && hasNumber) {
                        slot[0] = (int) number;
                    } else if (MeetingProcess.VAR_MEETING_START.equals(name) && hasNumber) {
                        slot[1] = Instant.ofEpochMilli(number);
                    } else if (PLACE.equals(name)) {
                        slot[2] = rs.getString(4);
                    }
                },
                MeetingProcess.KEY, MeetingProcess.VAR_MEETING_NUMBER, MeetingProcess.VAR_MEETING_START, PLACE);
        List<TrackFacts.MeetingSlot> slots = new ArrayList<>();
        bySeries.forEach((key, slot) -> slots.add(
                new TrackFacts.MeetingSlot(key, (Integer) slot[0], (Instant) slot[1], (String) slot[2])));
        return slots;
    }

    /** The variable the "Schedule meeting" form sets. */
    private static final String PLACE = "place";

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The scope as a condition on a business key column: {@code JP-%} per nation, {@code %-ENERGY} per area. */
    private record Filter(String sql, List<String> patterns) {

        static Filter of(Scope scope, String column) {
            if (scope.everything()) {
                return new Filter("", List.of());
            }
            List<String> patterns = new ArrayList<>();
            scope.nations().stream().sorted().forEach(nation -> patterns.add(escape(nation) + "-%"));
            scope.areas().stream().sorted().forEach(area -> patterns.add("%-" + escape(area)));
            if (patterns.isEmpty()) {
                return new Filter(" and 1 = 0", List.of());
            }
            return new Filter(" and (" + String.join(" or ",
                    patterns.stream().map(p -> column + " like ? escape '!'").toList()) + ")", patterns);
        }

        Object[] arguments(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            all.addAll(patterns);
            return all.toArray();
        }

        private static String escape(String code) {
            return code.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
