package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.warmpool.base.ui.Focus;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.BookingLogEntry;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.PlaceHolder;
import org.warmpool.booking.Waitlist;
import org.warmpool.booking.WaitlistEntry;
import org.warmpool.booking.WaitlistService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Roles;

/**
 * A session's waitlist for the front desk: who holds the places (names, when booked, checked in or
 * not), then the people waiting in order, moving someone up or down
 * with a reason, giving a free place by hand after the cut-off, and taking someone off the list.
 * A booking, cancellation or check-in made elsewhere shows at once ({@link LiveUpdates}).
 */
@Route(value = "waitlist", layout = MainLayout.class)
@PageTitle("Waitlist | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class WaitlistView extends Main implements HasUrlParameter<Long> {

    static final String PROMOTE_BY_HAND = "A place is free and the cut-off has passed: promote by hand.";

    private final transient WaitlistService waitlists;
    private final transient CancellationService cancellations;
    private final transient ScheduleService schedule;
    private final transient ZoneId zone;
    private long sessionId;
    private final transient LiveUpdates.Following following;
    /** What the page shows now: a change that leaves it as it is (this page's own action) redraws nothing. */
    private Figures drawn;

    private record Figures(ScheduledSession session, Waitlist waitlist, List<PlaceHolder> holders) {
    }

    public WaitlistView(WaitlistService waitlists, CancellationService cancellations, ScheduleService schedule,
            Clock clock, LiveUpdates live) {
        this.waitlists = waitlists;
        this.cancellations = cancellations;
        this.schedule = schedule;
        this.zone = clock.getZone();
        addClassName("home-view");
        following = live.followClasses(this, changed -> showIfChanged());
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        this.sessionId = sessionId;
        following.classes(List.of(sessionId));
        show();
    }

    private Figures read() {
        return new Figures(schedule.get(sessionId), waitlists.waitlist(sessionId), waitlists.placeHolders(sessionId));
    }

    private void showIfChanged() {
        Figures now = read();
        if (!now.equals(drawn)) {
            draw(now);
        }
    }

    private void show() {
        draw(read());
    }

    private void draw(Figures figures) {
        drawn = figures;
        removeAll();
        ScheduledSession session = figures.session();
        Waitlist waitlist = figures.waitlist();
        int taken = waitlist.capacity() - waitlist.seatsFree();
        add(new H2(session.levelTitle() + ", " + session.date().format(ClinicFormats.DAY_LONG_YEAR) + " "
                + session.start() + "-"
                + session.end()),
                new Paragraph(session.poolName() + ". " + taken + " of " + waitlist.capacity() + " places taken"
                        + (waitlist.seatsFree() > 0 ? ", " + waitlist.seatsFree() + " free." : ".")));
        if (waitlist.promoteByHand()) {
            Div banner = new Div(new Span(PROMOTE_BY_HAND), new Paragraph("Places no longer go to the first in line "
                    + "by themselves this close to the class. Choose who gets the place below."));
            banner.addClassName("banner");
            banner.setId("promote-banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }
        add(placeHolders(figures.holders()));
        add(new H3("Waitlist"));
        if (waitlist.entries().isEmpty()) {
            add(new Paragraph("No one is waiting for this class."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("waitlist");
            list.addClassName("waitlist");
            int last = waitlist.entries().size();
            waitlist.entries().forEach(entry -> list.add(entry(entry, last, waitlist.promoteByHand())));
            add(list);
        }
        add(new Anchor("schedule", "Back to the schedule"));
    }

    /** Who holds the places, so that the desk can tell a caller who is in: names only, no health data. */
    private Section placeHolders(List<PlaceHolder> holders) {
        Section section = new Section();
        section.addClassName("place-holders");
        H3 heading = new H3("Who has a place");
        heading.setId("place-holders-heading");
        section.getElement().setAttribute("aria-labelledby", "place-holders-heading");
        section.add(heading);
        if (holders.isEmpty()) {
            section.add(new Paragraph("No one has a place in this class yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("place-holders");
        list.addClassName("place-holder-list");
        for (PlaceHolder holder : holders) {
            Span who = new Span(holder.participantName());
            who.addClassName("place-holder-name");
            Span booked = new Span("booked " + holder.bookedAt().atZone(zone).format(ClinicFormats.DATE_SHORT_TIME));
            booked.addClassName("place-holder-booked");
            Span status = new Span(holder.attendance() == null ? "Not checked in"
                    : holder.checkedIn() ? "Checked in" : "Did not come");
            status.addClassName("place-holder-status");
            status.getElement().getThemeList().add(holder.checkedIn() ? "badge success" : "badge contrast");
            ListItem item = new ListItem(new Div(who, booked), status);
            item.addClassName("place-holder");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private ListItem entry(WaitlistEntry entry, int last, boolean promoteByHand) {
        String name = entry.participantName();
        Span number = new Span(entry.position() + ".");
        number.addClassName("waitlist-number");
        Span who = new Span(name);
        who.addClassName("waitlist-name");
        Span joined = new Span("joined " + entry.joinedAt().atZone(zone).format(ClinicFormats.DATE_SHORT_TIME));
        joined.addClassName("waitlist-joined");
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (promoteByHand) {
            Button give = new Button("Give the place to " + name, click -> {
                waitlists.promoteByHand(entry.bookingId());
                Notifications.success(name + " now has a place in this class.");
                show();
            });
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(give);
        }
        Button up = new Button("Move up", VaadinIcon.ARROW_UP.create(), click -> askReason(entry, true));
        up.setAriaLabel("Move up: " + name); // the visible words first (axe: label-content-name-mismatch)
        up.setEnabled(entry.position() > 1);
        Button down = new Button("Move down", VaadinIcon.ARROW_DOWN.create(), click -> askReason(entry, false));
        down.setAriaLabel("Move down: " + name);
        down.setEnabled(entry.position() < last);
        Button remove = new Button("Remove from waitlist", click -> confirmRemove(entry, click.getSource()));
        remove.setAriaLabel("Remove from waitlist: " + name);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(up, down, remove);
        ListItem item = new ListItem(new Div(number, who, joined), actions);
        item.addClassName("waitlist-entry");
        return item;
    }

    private void askReason(WaitlistEntry entry, boolean up) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Move " + entry.participantName() + (up ? " up" : " down"));
        TextArea reason = new TextArea("Reason (kept on record)");
        reason.setRequired(true);
        reason.setMaxLength(BookingLogEntry.REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button move = new Button(up ? "Move up" : "Move down", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason; it is kept on record.");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            waitlists.move(entry.bookingId(), up, reason.getValue());
            dialog.close();
            Notifications.success(entry.participantName() + " moved " + (up ? "up." : "down."));
            show();
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), move);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }

    private void confirmRemove(WaitlistEntry entry, Component opener) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Remove " + entry.participantName() + " from the waitlist?");
        dialog.add(new Paragraph("They lose their place in the line. They can join again later."));
        Button remove = new Button("Remove", click -> {
            cancellations.cancel(entry.bookingId());
            dialog.close();
            Notifications.success(entry.participantName() + " is off the waitlist.");
            show();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep them on the list", click -> dialog.close()), remove);
        Focus.returnAfter(dialog, opener);
        dialog.open();
    }
}
