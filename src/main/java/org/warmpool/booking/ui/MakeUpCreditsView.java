package org.warmpool.booking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.OpenCredit;
import org.warmpool.booking.OpenCredits;
import org.warmpool.security.Roles;

/**
 * Every open make-up credit, the soonest to expire first, with the ones expiring within 14 days
 * named first and marked in words; a CSV download of the list. {@code make-up-credits?participant=42}
 * shows one participant's credits (their page links here).
 */
@Route(value = "make-up-credits", layout = MainLayout.class)
@PageTitle("Make-up credits | Warmpool")
@Menu(order = 7.5, title = "Make-up credits", icon = "vaadin:ticket")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class MakeUpCreditsView extends Main implements BeforeEnterObserver {

    /** The query parameter that narrows the list to one participant. */
    public static final String PARTICIPANT_PARAMETER = "participant";
    /** The words that mark a credit expiring soon, in the list and the CSV's reader's eyes. */
    static final String EXPIRING_SOON = "Expires within " + OpenCredits.EXPIRING_WITHIN_DAYS + " days";

    private final transient OpenCredits credits;

    public MakeUpCreditsView(OpenCredits credits) {
        this.credits = credits;
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long participant = event.getLocation().getQueryParameters().getSingleParameter(PARTICIPANT_PARAMETER)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        show(participant);
    }

    private void show(Long participantId) {
        removeAll();
        List<OpenCredit> all = credits.list().stream()
                .filter(credit -> participantId == null || credit.participantId() == participantId).toList();
        List<OpenCredit> soon = all.stream().filter(OpenCredit::expiringSoon).toList();
        Paragraph totals = new Paragraph(all.size() + (all.size() == 1 ? " open make-up credit" : " open make-up credits")
                + (participantId == null ? "" : " for " + (all.isEmpty() ? "this participant" : all.get(0).participantName()))
                + ", " + soon.size() + " expiring within " + OpenCredits.EXPIRING_WITHIN_DAYS + " days.");
        totals.setId("credit-totals");
        add(totals);
        if (participantId != null) {
            Anchor everyone = new Anchor("make-up-credits", "Everyone's make-up credits");
            everyone.addClassName("big-link");
            add(new Paragraph(everyone));
        }
        if (!soon.isEmpty()) {
            H2 heading = new H2("Expiring within " + OpenCredits.EXPIRING_WITHIN_DAYS + " days");
            heading.setId("expiring-soon-heading");
            UnorderedList names = new UnorderedList();
            names.setId("expiring-soon");
            soon.forEach(credit -> {
                Anchor name = new Anchor("participant/" + credit.participantId(), credit.participantName());
                name.addClassName("text-link"); // in a line of words: underlined (axe: link-in-text-block)
                names.add(new ListItem(name, new Span(": " + lastDay(credit))));
            });
            add(heading, names);
        }
        Anchor export = new Anchor(csv(), "Download as CSV");
        export.setId("credits-export");
        export.getElement().setAttribute("aria-label", "Download as CSV: every open make-up credit");
        export.addClassName("big-link");
        add(new Div(export));
        if (all.isEmpty()) {
            add(new Paragraph("No open make-up credits."));
            return;
        }
        Grid<OpenCredit> grid = new Grid<>(OpenCredit.class, false);
        grid.setId("open-credits");
        grid.setAriaLabel("Open make-up credits, the soonest to expire first");
        grid.addComponentColumn(credit -> {
            Anchor name = new Anchor("participant/" + credit.participantId(), credit.participantName());
            name.addClassName("credit-participant"); // 44 px to touch (axe: target-size)
            return name;
        }).setHeader("Participant").setAutoWidth(true);
        grid.addColumn(credit -> credit.fromClass() + ", " + credit.fromDate().format(ClinicFormats.DAY_SHORT_YEAR))
                .setHeader("For the cancelled class").setAutoWidth(true);
        grid.addColumn(MakeUpCreditsView::lastDay).setHeader("Valid until").setAutoWidth(true);
        grid.addComponentColumn(credit -> {
            Span marker = new Span(credit.expiringSoon() ? EXPIRING_SOON : "");
            if (credit.expiringSoon()) {
                marker.getElement().getThemeList().add("badge contrast");
            }
            return marker;
        }).setHeader("Soon?").setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** "Fri 9 Jan 2026 (3 days left)". */
    static String lastDay(OpenCredit credit) {
        String day = credit.validUntil().format(ClinicFormats.DAY_SHORT_YEAR);
        if (credit.daysLeft() == 0) {
            return day + " (last day today)";
        }
        return day + " (" + credit.daysLeft() + (credit.daysLeft() == 1 ? " day left)" : " days left)");
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("make-up-credits.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                credits.exportCsv(out);
            }
        };
    }
}
