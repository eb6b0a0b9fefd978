package gov.trade.negotiation.notify;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The one notification service: records what the workflow owes people and puts the mail for each recipient in
 * the outbox (the subject rendered once; the bodies when the outbox is read), all in the caller's transaction (the
 * engine's, when a process step causes it). A known dedup key records nothing, so a retried step or re-fired timer
 * never mails twice.
 * Recipients' preferences apply here: non-essential mail is dropped or held for their digest.
 */
@Service
class MailingNotifications implements Notifications {

    private final NotificationLog log;
    private final Outbox outbox;
    private final RecipientDirectory directory;
    private final MailPreferences preferences;
    private final MailTemplates templates;
    private final CalendarFiles calendars;

    MailingNotifications(NotificationLog log, Outbox outbox, RecipientDirectory directory, MailPreferences preferences,
            MailTemplates templates, CalendarFiles calendars) {
        this.log = log;
        this.outbox = outbox;
        this.directory = directory;
        this.preferences = preferences;
        this.templates = templates;
        this.calendars = calendars;
    }

    @Override
    public void record(Notification notification) {
        List<Recipient> recipients = directory.resolve(notification.recipients());
        Recipient anyone = recipients.isEmpty() ? new Recipient("", "", "") : recipients.get(0);
        String subject = templates.subject(notification.kind(), notification.businessKey(), anyone,
                notification.details());
        if (!log.recordIfNew(notification, subject)) {
            return;
        }
        for (Recipient recipient : recipients) {
            MailPreference preference = preferences.of(recipient.userId());
            OutboxStatus status = OutboxStatus.PENDING;
            if (!notification.kind().essential() && preference == MailPreference.ESSENTIAL) {
                continue;
            }
            if (!notification.kind().essential() && preference == MailPreference.DIGEST) {
                status = OutboxStatus.DIGEST;
            }
            CalendarEntry entry = notification.calendar();
            outbox.add(notification.dedupKey() + "->" + recipient.userId(), notification.kind(),
                    notification.businessKey(), notification.taskId(), recipient, subject, notification.details(),
                    entry == null ? null : calendars.write(entry, recipient), entry == null ? null : entry.method(),
                    status, notification.createdAt());
        }
    }

    @Override
    public List<Notification> all() {
        return log.all();
    }

    @Override
    public boolean recorded(String dedupKey) {
        return log.exists(dedupKey);
    }
}
