package gov.trade.negotiation.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import gov.trade.negotiation.dashboard.Dashboard.Cell;

/** The matrix and the overdue list as CSV (RFC 4180), safe to open in a spreadsheet. */
final class CsvExport {

    private CsvExport() {
    }

    /** One line per nation, one column per area; a cell is the stage and its marks, e.g. {@code NEGOTIATION; 2 overdue; escalated}. */
    static String matrix(Dashboard dashboard) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("nation", "name"));
        dashboard.matrix().areas().forEach(area -> header.add(area.code()));
        line(csv, header);
        for (Dashboard.Row row : dashboard.matrix().rows()) {
            List<String> fields = new ArrayList<>(List.of(row.nation(), row.name()));
            row.cells().forEach(cell -> fields.add(text(cell)));
            line(csv, fields);
        }
        return csv.toString();
    }

    static String overdue(Dashboard dashboard) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("track", "task", "task_id", "due", "days_overdue", "assignee"));
        Instant now = dashboard.asOf();
        for (Dashboard.TaskLine task : dashboard.overdueTasks()) {
            line(csv, List.of(task.track(), task.name(), task.task(), task.due().toString(),
                    String.valueOf(Duration.between(task.due(), now).toDays()),
                    task.assignee() == null ? "" : task.assignee()));
        }
        return csv.toString();
    }

    static String text(Cell cell) {
        if (cell.track() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>(List.of(cell.stage()));
        if (cell.overdue() > 0) {
            parts.add(cell.overdue() + " overdue");
        }
        if (cell.stalled()) {
            parts.add("stalled");
        }
        if (cell.escalated()) {
            parts.add("escalated");
        }
        return String.join("; ", parts);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(CsvExport::field).toList())).append("\r\n");
    }

    /** Quotes where needed; a leading = + - @ is defused so a spreadsheet shows it as text, not a formula. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
