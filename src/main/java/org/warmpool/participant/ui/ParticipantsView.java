package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.FormErrors;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;
import org.warmpool.security.Roles;

/** The front desk finds participants by name, e-mail or phone, and registers walk-ins. */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participants | Warmpool")
@Menu(order = 4, title = "Participants", icon = "vaadin:users")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ParticipantsView extends Main {

    private final transient ParticipantRecordService records;
    private final transient Clock clock;
    private final TextField search = new TextField("Search by name, e-mail or phone");
    private final Grid<ParticipantSummary> grid = new Grid<>(ParticipantSummary.class, false);

    public ParticipantsView(ParticipantRecordService records, RegistrationService registration, Clock clock) {
        this.clock = clock;
        this.records = records;
        addClassName("list-view");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setWidth("min(30rem, 100%)");
        Button walkIn = new Button("Register a walk-in", VaadinIcon.PLUS.create(),
                click -> openWalkIn(registration));
        walkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, walkIn);
        toolbar.addClassName("toolbar");

        grid.setAriaLabel("Participants");
        grid.addColumn(ParticipantSummary::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(p -> p.email() == null ? "" : p.email()).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(p -> p.phone() == null ? "" : p.phone()).setHeader("Phone");
        grid.addColumn(p -> p.walkIn() ? "Walk-in" : "Own account").setHeader("Registered");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Lazy: only the rows on screen are read, so the search stays quick with many participants.
        grid.setItems(query -> records.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(toolbar, grid);
    }

    private void open(long participantId) {
        getUI().ifPresent(ui -> ui.navigate(ParticipantView.class, participantId));
    }

    private void openWalkIn(RegistrationService registration) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Register a walk-in");
        RegistrationFields fields = new RegistrationFields(false, LocalDate.now(clock));
        fields.consent.setLabel("The participant agrees that the clinic stores their health answers "
                + "(read them the consent text on the registration page).");
        RegistrationForm form = new RegistrationForm();
        Button save = new Button("Register", click -> {
            try {
                fields.binder.writeBean(form);
            } catch (ValidationException invalid) {
                FormErrors.show(invalid);
                return;
            }
            Participant created = registration.registerWalkIn(form);
            dialog.close();
            Notifications.success(created.getFullName() + " is registered. Fill in the intake with them now.");
            getUI().ifPresent(ui -> ui.navigate(IntakeView.class, created.getId()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.setWidth("min(48rem, 100vw)");
        dialog.open();
    }
}
