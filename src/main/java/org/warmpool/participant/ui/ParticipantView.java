package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.warmpool.account.ui.ResetLinkButton;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.Intake;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.Invitation;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ScreeningOutcome;
import org.warmpool.participant.SentMessages;
import org.warmpool.security.Roles;

/**
 * One participant for the front desk: contact details, screening badge, latest intake, history,
 * and the medical clearance form. Opening it is written to the audit log.
 */
@Route(value = "participant", layout = MainLayout.class)
@PageTitle("Participant | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
public class ParticipantView extends Main implements HasUrlParameter<Long> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final transient IntakeService intakes;
    private final transient InvitationService invitations;
    private final transient AuthenticationContext authentication;
    private final transient SentMessages sentMessages;
    private final transient ZoneId zone;
    private final transient java.time.Clock clock;
    private long participantId;

    public ParticipantView(IntakeService intakes, InvitationService invitations, AuthenticationContext authentication,
            SentMessages sentMessages, java.time.Clock clock) {
        this.intakes = intakes;
        this.invitations = invitations;
        this.authentication = authentication;
        this.sentMessages = sentMessages;
        this.zone = clock.getZone();
        this.clock = clock;
        addClassName("home-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long participantId) {
        this.participantId = participantId;
        show();
    }

    private void show() {
        removeAll();
        HealthRecord record;
        try {
            record = intakes.record(participantId);
        } catch (org.springframework.security.access.AccessDeniedException notAllowed) {
            add(new H1("Page not available"), new Paragraph("This page does not exist, or your account may not "
                    + "open it."));
            return;
        }
        Participant p = record.participant();
        H1 name = new H1(p.getFullName());
        add(name);
        if (record.redFlag()) {
            Span badge = new Span("Red flag: refer to a doctor");
            badge.getElement().getThemeList().add("badge error primary");
            badge.setId("red-flag-badge");
            add(badge);
        } else if (record.waitingForClearance()) {
            Span badge = new Span("Waiting for medical clearance");
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        } else if (record.mayBook()) {
            Span badge = new Span("May book");
            badge.getElement().getThemeList().add("badge success");
            add(badge);
        }
        add(new Paragraph("Born " + p.getDateOfBirth().format(DAY) + ". " + contact(p)),
                new Paragraph("Emergency contact: " + p.getEmergencyContactName() + ", " + p.getEmergencyContactPhone()));
        if (p.getUser() == null) {
            add(account(p));
        } else if (authentication.hasAnyRole(Roles.FRONT_DESK, Roles.ADMIN)) {
            add(new ResetLinkButton(p.getUser().getId(), p.getFullName()));
        }

        add(new H2("Latest intake"));
        if (record.latest().isEmpty()) {
            add(new Paragraph("No intake sent yet."));
        } else {
            add(intakeSummary(record.latest().get(), record.outcome().orElseThrow()));
        }
        Button intake = new Button(record.latest().isEmpty() ? "Fill in the intake with them" : "Update the intake",
                click -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, participantId)));
        // The button and the links apart, each a large target of its own.
        Div actions = new Div(intake);
        actions.addClassName("participant-actions");
        actions.setId("participant-actions");
        if (record.mayBook()) {
            actions.add(new com.vaadin.flow.component.html.Anchor("participant-classes/" + participantId,
                    "Classes recommended for " + p.getFullName()));
        }
        // By address, not by class: progress depends on participant, never the reverse.
        actions.add(new com.vaadin.flow.component.html.Anchor("participant-progress/" + participantId,
                "Progress: pain before and after each class"));
        add(actions);
        if (record.redFlag() && authentication.hasAnyRole(Roles.FRONT_DESK, Roles.ADMIN)) {
            add(doctorSeenForm());
        }
        if (record.waitingForClearance()) {
            add(clearanceForm());
        }
        if (authentication.hasAnyRole(Roles.FRONT_DESK, Roles.ADMIN)) {
            add(messagesSent());
        }
        if (record.history().size() > 1) {
            add(new H2("Earlier intakes"));
            UnorderedList history = new UnorderedList();
            record.history().stream().skip(1).forEach(i -> history.add(new ListItem(
                    i.getSubmittedAt().atZone(zone).toLocalDate().format(DAY) + ": pain "
                            + i.getPainNow() + " of 10, " + i.getOutcome().label()
                            + (i.getRedFlags().isEmpty() ? "" : " (" + i.getRedFlags().stream()
                            .map(f -> f.reason()).collect(Collectors.joining(", ")) + ")")
                            + (i.isDoctorSeen() ? "; seen by a doctor on " + i.getDoctorSeenOn().format(DAY) : ""))));
            add(history);
        }
    }

    /** The latest messages to the participant and whether their e-mail arrived at the mail server. */
    private Div messagesSent() {
        Div section = new Div(new H2("Messages sent"));
        section.setId("messages-sent");
        List<SentMessages.SentMessage> sent = sentMessages.sentTo(participantId, 10);
        if (sent.isEmpty()) {
            section.add(new Paragraph("No messages yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (SentMessages.SentMessage message : sent) {
            String retry = message.nextAttemptAt() == null ? ""
                    : " (next try at " + message.nextAttemptAt().atZone(zone).format(TIME) + ")";
            list.add(new ListItem(message.createdAt().atZone(zone).format(SENT) + ": " + message.title() + ". "
                    + message.emailStatus() + retry));
        }
        section.add(list);
        return section;
    }

    /** A walk-in without an account: the front desk can invite them to set a password. */
    private Div account(Participant p) {
        Div account = new Div();
        account.setId("account");
        if (p.getEmail() == null) {
            account.add(new Paragraph("No account: " + p.getFullName() + " has no e-mail address, which an account "
                    + "needs to log in with."));
            return account;
        }
        account.add(new Paragraph("No account yet: " + p.getFullName() + " cannot log in."));
        if (authentication.hasAnyRole(Roles.FRONT_DESK, Roles.ADMIN)) {
            Button invite = new Button("Send account invitation", click -> {
                Invitation.Sent sent = invitations.invite(participantId, addressInUse());
                account.removeAll();
                account.add(invitationResult(sent));
            });
            invite.setId("send-invitation");
            account.add(invite);
        }
        return account;
    }

    private static Div invitationResult(Invitation.Sent sent) {
        String until = sent.validUntil().format(DAY);
        if (sent.mailed()) {
            Notifications.success("Invitation sent to " + sent.email() + ".");
            Paragraph text = new Paragraph("Invitation sent to " + sent.email() + ". The link in it works once, "
                    + "until " + until + ".");
            text.setId("invitation-result");
            return new Div(text);
        }
        Paragraph text = new Paragraph((sent.mailEnabled() ? "The invitation e-mail could not be sent just now."
                : "E-mail is not set up for this clinic, so no e-mail was sent.") + " Please give " + sent.name()
                + " this link, on paper or read out. It works once, until " + until + ".");
        text.setId("invitation-result");
        Span link = new Span(sent.link());
        link.setId("invitation-link");
        link.addClassName("invitation-link");
        return new Div(text, link);
    }

    /** The address of this application as the front desk's browser reaches it. */
    private static String addressInUse() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }

    private static String contact(Participant p) {
        return java.util.stream.Stream.of(p.getEmail(), p.getPhone()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    private Div intakeSummary(Intake intake, ScreeningOutcome outcome) {
        UnorderedList facts = new UnorderedList();
        facts.setId("intake-summary");
        facts.add(new ListItem("Pain now: " + intake.getPainNow() + " of 10" + (outcome.highPain() ? " (high)" : "")));
        facts.add(new ListItem("For: " + (intake.getPainWeeks() != null ? intake.getPainWeeks() + " weeks"
                : intake.getPainDuration().label()) + (outcome.chronic() ? " (chronic)" : "")));
        facts.add(new ListItem("Cause: " + intake.getCondition().label()));
        facts.add(new ListItem("Red flags: " + (outcome.redFlags().isEmpty() ? "none"
                : outcome.redFlags().stream().map(f -> f.reason()).collect(Collectors.joining(", ")))));
        facts.add(new ListItem("Needs clearance for: " + (outcome.contraindications().isEmpty() ? "nothing"
                : outcome.contraindications().stream().map(c -> c.reason()).collect(Collectors.joining(", ")))));
        if (intake.isDoctorSeen()) {
            ListItem seen = new ListItem("Seen by a doctor about the red flag on " + intake.getDoctorSeenOn().format(DAY)
                    + ": " + intake.getDoctorSeenBy()
                    + (intake.getDoctorSeenNote() == null ? "" : " (" + intake.getDoctorSeenNote() + ")")
                    + ". Recorded by " + intake.getDoctorSeenRecordedBy() + ".");
            seen.setId("doctor-seen");
            facts.add(seen);
        }
        if (intake.isCleared()) {
            facts.add(new ListItem("Cleared on " + intake.getClearedOn().format(DAY) + " by " + intake.getClearedBy()
                    + (intake.getClearanceNote() == null ? "" : " (" + intake.getClearanceNote() + ")")));
        }
        facts.add(new ListItem("Needs a lift or ramp: " + (Boolean.TRUE.equals(intake.getNeedsLift()) ? "yes" : "no")
                + "; deep water: " + (Boolean.TRUE.equals(intake.getDeepWaterOk()) ? "comfortable" : "no")));
        return new Div(facts, new Paragraph(outcome.message()));
    }

    /** What staff type when a doctor has seen someone with a red flag. */
    public static final class DoctorVisit {
        private LocalDate seenOn;
        private String doctor = "";
        private String note = "";

        public LocalDate getSeenOn() {
            return seenOn;
        }

        public void setSeenOn(LocalDate seenOn) {
            this.seenOn = seenOn;
        }

        public String getDoctor() {
            return doctor;
        }

        public void setDoctor(String doctor) {
            this.doctor = doctor;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** Staff record that a doctor has seen the person: the red-flag answer stays, booking opens. */
    private Div doctorSeenForm() {
        LocalDate today = LocalDate.now(clock);
        DatePicker seenOn = new DatePicker("Date the doctor saw them");
        seenOn.setLocale(Locale.UK);
        seenOn.setMax(today);
        seenOn.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date cannot be in the future")
                .setBadInputErrorMessage("Enter a date, for example 3/12/2026"));
        TextField doctor = new TextField("Doctor's name");
        doctor.setMaxLength(120);
        TextField note = new TextField("Note (optional)");
        note.setMaxLength(500);
        note.setHelperText("For example what the doctor said about pool exercise");
        com.vaadin.flow.data.binder.Binder<DoctorVisit> binder = new com.vaadin.flow.data.binder.Binder<>();
        binder.forField(seenOn).asRequired("Enter the date the doctor saw them")
                .withValidator(day -> !day.isAfter(LocalDate.now(clock)), "The date cannot be in the future")
                .bind(DoctorVisit::getSeenOn, DoctorVisit::setSeenOn);
        binder.forField(doctor).asRequired("Enter the doctor's name")
                .withValidator(name -> name.strip().length() <= 120, "The name can be 120 characters at most")
                .bind(DoctorVisit::getDoctor, DoctorVisit::setDoctor);
        binder.forField(note).withValidator(text -> text.length() <= 500, "The note can be 500 characters at most")
                .bind(DoctorVisit::getNote, DoctorVisit::setNote);
        binder.setBean(new DoctorVisit());
        Button record = new Button("Record that a doctor has seen them", click -> {
            if (binder.validate().isOk()) {
                DoctorVisit visit = binder.getBean();
                intakes.recordDoctorSeen(participantId, visit.getSeenOn(), visit.getDoctor(), visit.getNote());
                Notifications.success("Recorded that a doctor has seen them. The red-flag answer stays in the "
                        + "intake history.");
                show();
            } else {
                Notifications.problem("Please correct the marked fields.");
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-doctor-seen");
        record.addClassName("wrapping-button");
        Div fields = new Div(seenOn, doctor, note);
        fields.addClassName("form-fields");
        Div form = new Div(new H2("Record that a doctor has seen this person"), new Paragraph("The red-flag answer "
                + "is kept. Booking opens once a doctor has seen them; staff who record it are written to the "
                + "audit log."), fields, record);
        form.setId("doctor-seen-form");
        return form;
    }

    private Div clearanceForm() {
        DatePicker clearedOn = new DatePicker("Date of the clearance");
        clearedOn.setLocale(Locale.UK);
        clearedOn.setMax(LocalDate.now(clock));
        TextField clearedBy = new TextField("Given by (doctor's name)");
        clearedBy.setMaxLength(120);
        TextField note = new TextField("Note (optional)");
        note.setMaxLength(500);
        Button record = new Button("Record clearance and open booking", click -> {
            intakes.recordClearance(participantId, clearedOn.getValue(), clearedBy.getValue(), note.getValue());
            Notifications.success("Clearance recorded. Booking is open.");
            show();
        });
        record.addClassName("wrapping-button");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(clearedOn, clearedBy, note);
        fields.addClassName("form-fields");
        Div form = new Div(new H2("Medical clearance"), fields, record);
        form.setId("clearance-form");
        return form;
    }
}
