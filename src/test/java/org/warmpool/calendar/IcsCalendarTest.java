package org.warmpool.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar document as calendar programs read it back (ical4j's parser), without the application. */
class IcsCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STAMP = Instant.parse("2026-10-10T08:00:00Z");

    private static CalendarEvent at10(String uid, LocalDateTime start, CalendarEvent.State state, long sequence) {
        return new CalendarEvent(uid, start, start.plusMinutes(45), "Level 2 Gentle Strength", "Therapy pool, Warmpool",
                "You have a place in this warm-pool class.", state, sequence);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void aClassAtTenShowsAtTenOnBothSidesOfTheClocksGoingBack() throws Exception {
        // British Summer Time ends on Sunday 25 October 2026: the week before is UTC+1, the week after UTC+0.
        LocalDateTime before = LocalDateTime.of(2026, 10, 20, 10, 0);
        LocalDateTime after = LocalDateTime.of(2026, 10, 27, 10, 0);
        String ics = IcsCalendar.write("Warmpool", List.of(at10("a@warmpool", before, CalendarEvent.State.CONFIRMED, 0),
                at10("b@warmpool", after, CalendarEvent.State.CONFIRMED, 0)), LONDON, STAMP);

        Calendar calendar = parse(ics);
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(ics).contains("TZID:Europe/London", "DTSTART;TZID=Europe/London:20261020T100000",
                "DTSTART;TZID=Europe/London:20261027T100000", "DTEND;TZID=Europe/London:20261027T104500");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        ZonedDateTime first = (ZonedDateTime) events.get(0).getStartDate().orElseThrow().getDate();
        ZonedDateTime second = (ZonedDateTime) events.get(1).getStartDate().orElseThrow().getDate();
        assertThat(first.withZoneSameInstant(LONDON).toLocalTime()).hasToString("10:00");
        assertThat(second.withZoneSameInstant(LONDON).toLocalTime()).hasToString("10:00");
        assertThat(first.toInstant()).isEqualTo(Instant.parse("2026-10-20T09:00:00Z"));
        assertThat(second.toInstant()).isEqualTo(Instant.parse("2026-10-27T10:00:00Z"));
    }

    @Test
    void waitlistPlacesAreTentativeCancelledClassesCancelledAndEveryEventKeepsItsUidSequenceAndStamp()
            throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 11, 3, 9, 30);
        String ics = IcsCalendar.write("Warmpool", List.of(
                at10("session-1-booking-2@warmpool", start, CalendarEvent.State.TENTATIVE, 3),
                at10("session-4-booking-5@warmpool", start.plusDays(1), CalendarEvent.State.CANCELLED, 7)),
                LONDON, STAMP);

        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(value(events.get(0), Property.UID)).isEqualTo("session-1-booking-2@warmpool");
        assertThat(value(events.get(0), Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(events.get(0), Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(1), Property.SEQUENCE)).isEqualTo("7");
        assertThat(value(events.get(1), Property.DTSTAMP)).isEqualTo("20261010T080000Z");
        assertThat(value(events.get(1), Property.LOCATION)).isEqualTo("Therapy pool, Warmpool");
    }
}
