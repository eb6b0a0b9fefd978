package gov.trade.negotiation.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A received mail taken apart for assertions: recipients, subject, text and HTML parts, calendar attachment. */
public record ReceivedMail(List<String> to, String subject, String dedupKey, String text, String html, String calendar,
        String calendarContentType) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.walk(message);
            String[] keys = message.getHeader("X-Negotiation-Mail");
            return new ReceivedMail(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList(), message.getSubject(), keys == null ? null : keys[0],
                    parts.text, parts.html, parts.calendar, parts.calendarType);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<ReceivedMail> all(MimeMessage[] messages) {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            mails.add(of(message));
        }
        return mails;
    }

    private static final class Parts {
        String text;
        String html;
        String calendar;
        String calendarType;

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    calendar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                calendarType = part.getContentType();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
    }
}
