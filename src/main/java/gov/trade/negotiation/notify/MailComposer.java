package gov.trade.negotiation.notify;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.MailSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/** Fills a MIME message from an outbox row: text and HTML alternatives, and the calendar file for meetings. */
@Component
class MailComposer {

    private final MailSettings mail;

    MailComposer(MailSettings mail) {
        this.mail = mail;
    }

    void compose(OutboxMail row, MimeMessage message) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(mail.from());
        helper.setTo(row.recipientEmail());
        helper.setSubject(row.subject());
        helper.setText(row.textBody(), row.htmlBody());
        message.setHeader("X-Negotiation-Mail", row.dedupKey());
        if (row.calendar() != null) {
            helper.addAttachment(CalendarEntry.CANCEL.equals(row.calendarMethod()) ? "cancel.ics" : "invite.ics",
                    new ByteArrayDataSource(row.calendar().getBytes(StandardCharsets.UTF_8),
                            "text/calendar; charset=UTF-8; method=" + row.calendarMethod()));
        }
    }
}
