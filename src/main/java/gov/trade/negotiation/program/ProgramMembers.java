package gov.trade.negotiation.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tables {@code program_join} and {@code program_member}: what was put into the running program, and when. */
@Repository
class ProgramMembers {

    /** A member as stored; {@code withdrawnAt} null while it takes part. */
    record Stored(MemberKind kind, String id, String party, Instant joinsAt, Instant withdrawnAt) {
    }

    private final JdbcTemplate jdbc;

    ProgramMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> all(String programKey) {
        return jdbc.query("""
                select m.kind, m.member_id, m.party, j.joins_at, m.withdrawn_at
                from program_member m join program_join j on j.join_id = m.join_id
                where m.program_key = ? order by m.kind, m.member_id""",
                (rs, row) -> new Stored(MemberKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
                programKey);
    }

    Set<String> ids(String programKey, MemberKind kind) {
        return Set.copyOf(jdbc.queryForList("select member_id from program_member where program_key = ? and kind = ?",
                String.class, programKey, kind.name()));
    }

    void insertJoin(String joinId, String programKey, Instant joinsAt, Instant now) {
        jdbc.update("insert into program_join (join_id, program_key, joins_at, created_at) values (?, ?, ?, ?)",
                joinId, programKey, Timestamp.from(joinsAt), Timestamp.from(now));
    }

    /** Fails with a duplicate key when the member is already in the program (put there by this node or another). */
    void insertMember(String programKey, MemberKind kind, String id, String party, String joinId) {
        jdbc.update("insert into program_member (program_key, kind, member_id, party, join_id) values (?, ?, ?, ?, ?)",
                programKey, kind.name(), id, party, joinId);
    }

    /** Members of a join that still take part, sorted: the collections of the join's multi-instance call activities. */
    List<String> ofJoin(String joinId, MemberKind kind) {
        return jdbc.queryForList("""
                select member_id from program_member
                where join_id = ? and kind = ? and withdrawn_at is null order by member_id""",
                String.class, joinId, kind.name());
    }

    /**
     * Whether a member of a join still takes part, read with a row lock: a withdrawal marking the row at the same
     * moment either commits first (then this sees it) or waits until the start has committed (then its withdrawal
     * message finds the started track), so no start slips between the two.
     */
    boolean takesPart(String joinId, MemberKind kind, String id) {
        return jdbc.query("""
                select withdrawn_at from program_member where join_id = ? and kind = ? and member_id = ? for update""",
                (rs, row) -> rs.getTimestamp(1) == null, joinId, kind.name(), id).stream().findFirst().orElse(false);
    }

    /** Marks a member withdrawn; false when it already was (by this node or another), so the caller does nothing. */
    boolean markWithdrawn(String programKey, MemberKind kind, String id, String reason, Instant now) {
        return jdbc.update("""
                update program_member set withdrawn_at = ?, withdrawal_reason = ?
                where program_key = ? and kind = ? and member_id = ? and withdrawn_at is null""",
                Timestamp.from(now), reason, programKey, kind.name(), id) == 1;
    }

    /** Parties with members still taking part, with how many tracks each. */
    Map<String, Long> activeParties(String programKey) {
        return all(programKey).stream().filter(member -> member.withdrawnAt() == null)
                .collect(Collectors.groupingBy(Stored::party, java.util.TreeMap::new,
                        Collectors.filtering(member -> member.kind() == MemberKind.TRACK, Collectors.counting())));
    }
}
