package org.warmpool.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes events as an iCalendar document (RFC 5545) with ical4j: times are local times in the
 * clinic's zone (DTSTART;TZID=...), with that zone's VTIMEZONE, so that a 10:00 class shows at
 * 10:00 on either side of a daylight-saving change.
 */
final class IcsCalendar {

    static final String PRODUCT = "-//Warmpool//Calendar 1.0//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {
    }

    /**
     * @param name  the calendar's name as calendar programs show it
     * @param stamp when this copy was made (DTSTAMP), from the clinic's clock
     */
    static String write(String name, List<CalendarEvent> events, ZoneId zone, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        VTimeZone timeZone = ZONES.getTimeZone(zone.getId()).getVTimeZone();
        calendar.add(timeZone);
        for (CalendarEvent event : events) {
            calendar.add(event(event, zone, stamp));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEvent event, ZoneId zone, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(ZonedDateTime.of(event.start(), zone)));
        vevent.add(new DtEnd<>(ZonedDateTime.of(event.end(), zone)));
        vevent.add(new Summary(event.summary()));
        vevent.add(new Location(event.location()));
        vevent.add(new Description(event.description()));
        vevent.add(new Status(switch (event.state()) {
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.sequence())));
        return vevent;
    }
}
