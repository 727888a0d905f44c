package org.warmpool.calendar;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.warmpool.account.CalendarAddresses;

/**
 * Calendar files over HTTP, outside Vaadin. {@code /calendar/<token>.ics} is a private feed that
 * calendar programs subscribe to without logging in (the security set-up lets that one path through);
 * {@code /calendar/booking/<id>.ics} and {@code /calendar/class/<id>.ics} are "Add to calendar"
 * files for the logged-in participant or instructor. Anything unknown, revoked or not theirs
 * answers 404 with an empty body.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final CalendarFeedService feeds;

    CalendarController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarAddresses.PATH + "{file}")
    ResponseEntity<String> feed(@PathVariable String file) {
        return answer(name(file).flatMap(feeds::feed), null);
    }

    @GetMapping(CalendarAddresses.PATH + "booking/{file}")
    ResponseEntity<String> booking(@PathVariable String file) {
        return answer(id(file).flatMap(feeds::myBooking), "warmpool-booking-" + file);
    }

    @GetMapping(CalendarAddresses.PATH + "class/{file}")
    ResponseEntity<String> taught(@PathVariable String file) {
        return answer(id(file).flatMap(feeds::myClass), "warmpool-class-" + file);
    }

    private static Optional<String> name(String file) {
        if (!file.endsWith(CalendarAddresses.SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(file.substring(0, file.length() - CalendarAddresses.SUFFIX.length()));
    }

    private static Optional<Long> id(String file) {
        return name(file).filter(name -> ID.matcher(name).matches()).map(Long::valueOf);
    }

    private static ResponseEntity<String> answer(Optional<String> calendar, String download) {
        if (calendar.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(TEXT_CALENDAR);
        if (download != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download).build()
                    .toString());
        }
        return ok.body(calendar.get());
    }
}
