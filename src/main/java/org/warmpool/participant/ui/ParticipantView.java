package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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

    public ParticipantView(ParticipantRecordService records, ClearanceService clearances,
            InvitationService invitations, AuthenticationContext authentication,
            SentMessages sentMessages, ParticipantBookings bookings, Clock clock) {
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
