package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.warmpool.base.ClinicFormats;
import org.warmpool.account.ui.ResetLinkButton;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.SentMessages;
import org.warmpool.security.Roles;

/**
 * One participant for the front desk: contact details, screening badge, latest intake, history,
 * and the medical clearance form. Opening it is written to the audit log; anyone the service
 * refuses gets "Page not available".
 */
@Route(value = "participant", layout = MainLayout.class)
@PageTitle("Participant | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
public class ParticipantView extends ParticipantPage {


    private final transient ParticipantRecordService records;
    private final transient ClearanceService clearances;
    private final transient InvitationService invitations;
    private final transient AuthenticationContext authentication;
    private final transient SentMessages sentMessages;
    private final transient ParticipantBookings bookings;
    private final transient Clock clock;
    private final transient ObjectProvider<ParticipantAtAGlance> glance;

    public ParticipantView(ParticipantRecordService records, ClearanceService clearances,
            InvitationService invitations, AuthenticationContext authentication,
            SentMessages sentMessages, ParticipantBookings bookings, Clock clock,
            ObjectProvider<ParticipantAtAGlance> glance) {
        this.glance = glance;
        this.records = records;
        this.clearances = clearances;
        this.invitations = invitations;
        this.authentication = authentication;
        this.sentMessages = sentMessages;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    protected void draw(long participantId) {
        HealthRecord record = records.record(participantId);
        boolean desk = authentication.hasAnyRole(Roles.FRONT_DESK, Roles.ADMIN);
        add(new ParticipantHeader(record));
        if (record.participant().isErased()) {
            // No account to invite to or reset: an erased participant can never log in again.
        } else if (record.participant().getUser() == null) {
            add(new AccountPanel(record.participant(), desk, invitations));
        } else if (desk) {
            add(new ResetLinkButton(record.participant().getUser().getId(), record.participant().getFullName()));
        }
        if (desk && !record.participant().isErased()) {
            add(atAGlance(participantId, record.participant().getFullName()));
        }
        // What the desk needs first: the bookings (coming places, waitlist places), then what to book.
        if (desk && !record.participant().isErased()) {
            H2 booked = new H2("Bookings");
            booked.setId("participant-bookings-heading");
            add(booked, bookings.bookingsOf(participantId, record.participant().getFullName(), this::show));
        }
        add(actions(record, participantId));
        add(new H2("Latest intake"));
        if (record.latest().isEmpty()) {
            add(new Paragraph("No intake sent yet."));
        } else {
            add(IntakeSummary.latest(record.latest().get(), record.outcome().orElseThrow()));
        }
        if (record.redFlag() && desk) {
            add(new DoctorSeenForm(participantId, clearances, clock, this::show));
        }
        if (record.waitingForClearance()) {
            add(new ClearanceForm(participantId, clearances, clock, this::show));
        }
        if (desk) {
            add(new MessagesSent(sentMessages.sentTo(participantId, 10), clock.getZone()));
        }
        if (record.history().size() > 1) {
            add(new H2("Earlier intakes"), IntakeSummary.earlier(record.history(), clock.getZone()));
        }
    }

    /** Next classes, open make-up credits and messages, each with a link to its full list. */
    private Section atAGlance(long participantId, String name) {
        Section section = new Section();
        section.setId("at-a-glance");
        H2 heading = new H2("At a glance");
        heading.setId("at-a-glance-heading");
        section.getElement().setAttribute("aria-labelledby", "at-a-glance-heading");
        Div cards = new Div();
        cards.addClassName("glance-cards");
        glance.orderedStream().forEach(part -> part.cards(participantId, name).forEach(cards::add));
        cards.add(messages(participantId, name));
        section.add(heading, cards);
        return section;
    }

    /** How many messages are unread, and the latest three. */
    private Section messages(long participantId, String name) {
        Section card = new Section();
        card.setId("glance-messages");
        card.addClassName("glance-card");
        H3 heading = new H3("Messages");
        heading.setId("glance-messages-heading");
        card.getElement().setAttribute("aria-labelledby", "glance-messages-heading");
        card.add(heading);
        int unread = sentMessages.unreadBy(participantId);
        List<SentMessages.SentMessage> latest = sentMessages.sentTo(participantId, 3);
        if (latest.isEmpty()) {
            card.add(new Paragraph("No messages yet."));
        } else {
            card.add(new Paragraph(unread == 0 ? "All read." : unread + (unread == 1 ? " unread message." : " unread messages.")));
            UnorderedList list = new UnorderedList();
            latest.forEach(message -> list.add(new ListItem(message.createdAt().atZone(clock.getZone())
                    .format(ClinicFormats.DATE_SHORT_TIME) + ": " + message.title())));
            card.add(list);
        }
        // The full list is further down this page.
        Anchor all = new Anchor("participant/" + participantId + "#messages-sent", "All messages sent");
        all.getElement().setAttribute("aria-label", "All messages sent to " + name);
        all.addClassName("big-link");
        card.add(all);
        return card;
    }

    /** The intake button and the links to the participant's classes and progress. */
    private Div actions(HealthRecord record, long participantId) {
        Button intake = new Button(record.latest().isEmpty() ? "Fill in the intake with them" : "Update the intake",
                click -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, participantId)));
        // The button and the links apart, each a large target of its own.
        Div actions = new Div(intake);
        actions.addClassName("participant-actions");
        actions.setId("participant-actions");
        if (record.mayBook()) {
            actions.add(new Anchor("participant-classes/" + participantId,
                    "Classes recommended for " + record.participant().getFullName()));
        }
        // By address, not by class: progress depends on participant, never the reverse.
        actions.add(new Anchor("participant-progress/" + participantId, "Progress: pain before and after each class"));
        if (authentication.hasRole(Roles.ADMIN) && !record.participant().isErased()) {
            // By address as well: the privacy feature depends on participant, never the reverse.
            Anchor erase = new Anchor("erase-participant/" + participantId, "Erase this participant's data on request");
            erase.setId("erase-participant-link");
            actions.add(erase);
        }
        return actions;
    }
}
