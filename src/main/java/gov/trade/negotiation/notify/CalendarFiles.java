package gov.trade.negotiation.notify;

import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.engine.EngineClock;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) files for meeting mail: METHOD REQUEST or CANCEL, the meeting's stable UID, its
 * SEQUENCE, start and end in the program's time zone with the VTIMEZONE that defines it.
 */
@Component
class CalendarFiles {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final MailSettings mail;
    private final EngineClock clock;

    CalendarFiles(MailSettings mail, EngineClock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    String write(CalendarEntry entry, Recipient attendee) {
        boolean cancel = CalendarEntry.CANCEL.equals(entry.method());
        VEvent event = new VEvent(ZonedDateTime.ofInstant(entry.start(), entry.zone()),
                ZonedDateTime.ofInstant(entry.end(), entry.zone()), entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new DtStamp(clock.now()));
        event.add(new Organizer("mailto:" + mail.from()));
        event.add(new Attendee("mailto:" + attendee.email()));
        event.add(new Description(entry.description() == null ? "" : entry.description()));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//gov.trade//Negotiation workflow//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zones.getTimeZone(entry.zone().getId()).getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}
