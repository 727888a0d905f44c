package org.warmpool.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.PrintedRosters;

/**
 * Links that download a printable roster or day sheet (PDF), for the day the poolside cannot
 * reach the app. The file is made when the link is followed, from the bookings as they are then.
 */
public final class PrintLinks {

    private PrintLinks() {
    }

    /** "Print the roster (PDF)" for one class; {@code which} names the class for screen readers. */
    public static Anchor roster(PrintedRosters printed, long sessionId, LocalDate day, LocalTime start, String which) {
        Anchor link = pdf(() -> printed.roster(sessionId), "roster-" + day + "-" + start.format(ClinicFormats.TIME).replace(":", "") + ".pdf",
                "Print the roster (PDF)");
        // The visible words first (axe: label-content-name-mismatch).
        link.getElement().setAttribute("aria-label", "Print the roster (PDF) for " + which);
        link.addClassName("print-roster");
        return link;
    }

    /** "Print the day sheet (PDF)": every class of the day with its roster. */
    public static Anchor daySheet(PrintedRosters printed, LocalDate day) {
        Anchor link = pdf(() -> printed.daySheet(day), "day-sheet-" + day + ".pdf", "Print the day sheet (PDF)");
        link.getElement().setAttribute("aria-label", "Print the day sheet (PDF) for "
                + day.format(ClinicFormats.DAY_LONG_YEAR) + ": every class with its roster");
        link.setId("print-day-sheet");
        return link;
    }

    private static Anchor pdf(Supplier<byte[]> file, String fileName, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = file.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, "application/pdf",
                    content.length);
        }), "");
        link.add(VaadinIcon.PRINT.create(), new com.vaadin.flow.component.html.Span(text));
        link.addClassName("big-link");
        return link;
    }
}
