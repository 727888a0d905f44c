package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warmpool.KaribuTest;
import org.warmpool.SqlSent;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.PrintedRosters;
import org.warmpool.booking.RosterPdf;
import org.warmpool.instructor.CertificationType;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.AuditLogService;
import org.warmpool.participant.AuditFilter;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

/** The printed roster and day sheet, read back from the PDF as a person would read the paper. */
class PrintedRosterTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private BookingService bookings;
    @Autowired
    private PrintedRosters printed;
    @Autowired
    private AuditLogService audit;
    @Autowired
    private TestClock clock;

    private LocalDate day;
    private ScheduledSession morning;
    private ScheduledSession afternoon;
    private Instructor ivy;
    private Registered ann;
    private Registered ben;
    private Registered cat;

    @BeforeEach
    void twoClassesOnADayOfTheirOwn() {
        // A day no other test class uses (+22000..25000 days), so the day sheet holds these two classes only.
        day = LocalDate.now(clock).plusDays(22_000 + ThreadLocalRandom.current().nextInt(3_000));
        morning = data.session(2, 2, day, "09:30");
        afternoon = data.session(1, 6, day, "14:00");
        login("admin@warmpool.example", Role.ADMIN);
        ivy = certifiedForTheDay("Ivy Poolside");
        staffing.assign(morning.id(), ivy.getId());
        ann = data.cleared("Ann Printed");
        ben = data.cleared("Ben Printed");
        cat = data.cleared("Cat Waiting");
        clock.moveTo(day.minusDays(1).atTime(12, 0).atZone(clock.getZone()).toInstant());
        asStaff(() -> bookings.bookFor(ann.participantId(), morning.id(), false, null));
        asStaff(() -> bookings.bookFor(ben.participantId(), morning.id(), false, null));
        asStaff(() -> bookings.bookFor(cat.participantId(), morning.id(), true, null));
    }

    @Test
    void theRosterHasTheClassTheNamesATickColumnAndTheWaitlistBelow() throws IOException {
        login("desk@warmpool.example", Role.FRONT_DESK);

        String text = text(printed.roster(morning.id()));

        assertThat(text).contains("Roster: Level 2 Stretch & Strengthen", day.format(ClinicFormats.DAY_LONG_YEAR),
                "09:30-10:15", morning.poolName(), ivy.getName(), RosterPdf.TICK_COLUMN, "Pain before (0-10)",
                "Pain after (0-10)", "1. Ann Printed", "2. Ben Printed", "Waitlist", "1. Cat Waiting",
                "2 of 2 places taken");
        // The waitlist is below the participants, and the waiting person is not in the tick table.
        assertThat(text.indexOf("Cat Waiting")).isGreaterThan(text.indexOf("Waitlist"));
        assertThat(text.indexOf("Waitlist")).isGreaterThan(text.indexOf("Ben Printed"));
    }

    @Test
    void theInstructorPrintsTheirOwnRosterButNotAnotherInstructorsAndPrintingIsNotAHealthDataRead() {
        login("admin@warmpool.example", Role.ADMIN);
        staffing.assign(afternoon.id(), certifiedForTheDay("Olly Other").getId());
        login(ivy.getUser().getId(), ivy.getEmail(), ivy.getName(), Role.INSTRUCTOR);

        assertThat(text(printed.roster(morning.id()))).contains("Ann Printed");
        assertThatThrownBy(() -> printed.roster(afternoon.id())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("own instructor");
        assertThatThrownBy(() -> printed.daySheet(day)).isInstanceOf(AccessDeniedException.class);

        // Names only, as on the roster page: nothing for the health-data audit log.
        login("admin@warmpool.example", Role.ADMIN);
        assertThat(audit.count(new AuditFilter(ivy.getEmail(), null, null, null, null))).isZero();
    }

    @Test
    void theDaySheetListsEveryClassOfTheDayEarliestFirstEachWithItsRoster() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        String text = text(printed.daySheet(day));

        assertThat(text).contains("Day sheet: " + day.format(ClinicFormats.DAY_LONG_YEAR),
                "09:30-10:15  Level 2 Stretch & Strengthen\n" + morning.poolName() + ", " + ivy.getName()
                        + ": 2 of 2 places taken, 1 waiting",
                "14:00-14:45  Level 1 Gentle Mobility\n" + afternoon.poolName()
                        + ", no instructor yet: 0 of 6 places taken",
                "No one has booked this class.");
        assertThat(text.indexOf("Roster: Level 1 Gentle Mobility"))
                .isGreaterThan(text.indexOf("Roster: Level 2 Stretch & Strengthen"));
        assertThat(pages(printed.daySheet(day))).isEqualTo(3);
    }

    /**
     * A chain's day is hundreds of classes: the day sheet reads them, their rosters and waitlists in
     * as many SQL statements as two classes, not two more per class.
     */
    @Test
    void aDayOfManyClassesTakesNoMoreStatementsThanTwo() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        int forTwo = SqlSent.during(() -> printed.daySheet(day)).size();
        Instant dayBefore = clock.instant();
        for (int i = 0; i < 3; i++) {
            ScheduledSession another = data.session(1, 1, day, "1" + (5 + i) + ":00");
            clock.reset(); // people register today (a birthday 60 years ahead is not one yet)
            Registered booked = data.cleared("Dot Crowd" + i);
            Registered waiting = data.cleared("Eve Crowd" + i);
            clock.moveTo(dayBefore);
            asStaff(() -> bookings.bookFor(booked.participantId(), another.id(), false, null));
            asStaff(() -> bookings.bookFor(waiting.participantId(), another.id(), true, null));
        }

        assertThat(SqlSent.during(() -> printed.daySheet(day))).hasSize(forTwo);
        String text = text(printed.daySheet(day));
        assertThat(text).contains("1. Dot Crowd0", "1. Eve Crowd0", "1. Dot Crowd2", "1. Eve Crowd2");
        assertThat(text.indexOf("Eve Crowd1")).isGreaterThan(text.indexOf("Dot Crowd1"));
        assertThat(pages(printed.daySheet(day))).isEqualTo(6);
    }

    @Test
    void theRosterPageAndTheCheckInPageLinkThePrintedRoster() {
        clock.moveTo(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
        login(ivy.getUser().getId(), ivy.getEmail(), ivy.getName(), Role.INSTRUCTOR);
        navigate("roster/" + morning.id());
        assertThat(printLinks()).containsExactly("Print the roster (PDF)");

        login("desk@warmpool.example", Role.FRONT_DESK);
        UI.getCurrent().navigate("check-in", QueryParameters.of(CheckInView.CLASS_PARAMETER, String.valueOf(morning.id())));
        assertThat(printLinks()).containsExactly("Print the day sheet (PDF)", "Print the roster (PDF)");
        assertThat(_get(Anchor.class, spec -> spec.withId("print-day-sheet")).getElement().getAttribute("aria-label"))
                .startsWith("Print the day sheet (PDF) for " + day.format(ClinicFormats.DAY_LONG_YEAR));
    }

    /** A qualified instructor whose certificates last until after the far day. */
    private Instructor certifiedForTheDay(String name) {
        Instructor instructor = instructors.qualified(name);
        for (CertificationType type : CertificationType.values()) {
            instructors.certify(instructor, type, day.plusDays(1));
        }
        return instructor;
    }

    private static java.util.List<String> printLinks() {
        return _find(Anchor.class).stream().map(link -> link.getElement().getTextRecursively())
                .filter(text -> text.startsWith("Print ")).toList();
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
