package gov.trade.negotiation.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.config.NegotiationProperties;

/**
 * Renders mail from the templates in {@code src/main/resources/mail/}: for each template a subject line
 * ({@code <name>-subject.txt}), a plain-text body ({@code <name>.txt}) and an HTML body ({@code <name>.html}).
 * All mail wording lives there. Times are shown in the program's time zone.
 */
@Component
class MailTemplates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MailSettings mail;
    private final ZoneId zone;

    MailTemplates(MailSettings mail, NegotiationProperties properties) {
        this.mail = mail;
        this.zone = properties.kickoff().zone();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    RenderedMail render(NotificationKind kind, String businessKey, Recipient recipient, Map<String, Object> details) {
        Context context = context(kind, businessKey, recipient, details);
        String name = "mail/" + kind.template();
        return new RenderedMail(engine.process(name + "-subject.txt", context).strip(),
                engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    /** The subject line alone (subjects name no recipient, so one serves every recipient of a notification). */
    String subject(NotificationKind kind, String businessKey, Recipient recipient, Map<String, Object> details) {
        return engine.process("mail/" + kind.template() + "-subject.txt", context(kind, businessKey, recipient, details))
                .strip();
    }

    private Context context(NotificationKind kind, String businessKey, Recipient recipient, Map<String, Object> details) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("kind", kind.name());
        context.setVariable("recipient", recipient);
        context.setVariable("businessKey", businessKey);
        context.setVariable("d", readable(details));
        context.setVariable("baseUrl", mail.baseUrl());
        Object taskId = details.get("taskId");
        context.setVariable("taskUrl", taskId == null ? null : mail.baseUrl() + "/tasks/" + taskId);
        context.setVariable("trackUrl", isTrack(businessKey) ? mail.baseUrl() + "/tracks/" + businessKey : null);
        return context;
    }

    String format(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    /** Track ids look like {@code JP-CRITICAL_MINERALS} (or {@code COORD-SEMICONDUCTORS}); meeting series are {@code MEETINGS-JP}. */
    static boolean isTrack(String businessKey) {
        return businessKey != null && businessKey.matches("[A-Z][A-Z0-9]*-[A-Z0-9_]+")
                && !businessKey.startsWith("MEETINGS-");
    }

    /** Points in time become text in the program's zone, also inside lists and maps (digest lines). */
    Map<String, Object> readable(Map<String, Object> details) {
        Map<String, Object> readable = new HashMap<>();
        details.forEach((key, item) -> readable.put(key, readable(item)));
        return readable;
    }

    private Object readable(Object value) {
        if (value instanceof Instant instant) {
            return format(instant);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> readable = new HashMap<>();
            map.forEach((key, item) -> readable.put(key, readable(item)));
            return readable;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(this::readable).toList();
        }
        return value;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
