package gov.trade.negotiation.notify;

/** What a mail is about. Non-essential kinds can be turned off or collected into the daily digest. */
public enum NotificationKind {
    /** A new task for you or your group. */
    NEW_TASK("task", false),
    /** A task is due soon: to whoever holds it, or its candidate groups. */
    REMINDER("task", false),
    /** A task's due date has passed: to whoever holds it, or its candidate groups. */
    OVERDUE("task", true),
    /** A task is overdue past the grace period: to managers. */
    ESCALATION("task", true),
    /** The agreement was signed with the counterparts: to the track's people and managers. */
    SIGNED("signed", false),
    /** Every side notified its domestic procedures: the agreement is in force. */
    IN_FORCE("in-force", false),
    /** A track was withdrawn, with the reason: to its desks and managers. */
    WITHDRAWN("withdrawn", true),
    MEETING_INVITATION("meeting", true),
    MEETING_UPDATE("meeting", true),
    MEETING_CANCELLATION("meeting", true),
    /** The daily digest: overdue, due this week and stalled tracks for managers; collected mail for others. */
    DIGEST("digest", true);

    private final String template;
    private final boolean essential;

    NotificationKind(String template, boolean essential) {
        this.template = template;
        this.essential = essential;
    }

    /** The mail templates {@code mail/<template>.txt}, {@code .html} and {@code -subject.txt}. */
    public String template() {
        return template;
    }

    public boolean essential() {
        return essential;
    }
}
