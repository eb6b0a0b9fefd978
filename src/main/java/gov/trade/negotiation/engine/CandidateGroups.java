package gov.trade.negotiation.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of many tasks at once. ENGINE-SPECIFIC: reads Camunda's {@code ACT_RU_IDENTITYLINK}
 * directly, because the engine's API answers one task per query and lists of tasks (inboxes, track lists) would
 * cost one statement per task. One statement per {@value #CHUNK} tasks; plain SQL for H2 and PostgreSQL.
 */
@Component
public class CandidateGroups {

    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public CandidateGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Task id to its candidate groups, sorted; tasks without any (or no longer there) are absent. */
    public Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        List<String> ids = new ArrayList<>(taskIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                    + " and GROUP_ID_ is not null and TASK_ID_ in (" + String.join(",", Collections.nCopies(chunk.size(), "?"))
                    + ")", rs -> {
                        groups.computeIfAbsent(rs.getString(1), task -> new ArrayList<>()).add(rs.getString(2));
                    }, chunk.toArray());
        }
        groups.values().forEach(Collections::sort);
        return groups;
    }
}
