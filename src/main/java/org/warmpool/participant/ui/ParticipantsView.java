package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.security.Roles;

/** The front desk finds participants by name, e-mail or phone, and registers walk-ins. */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participants | Warmpool")
@Menu(order = 4, title = "Participants", icon = "vaadin:users")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ParticipantsView extends Main {

    private final transient ParticipantRecordService records;
    private final TextField search = new TextField("Search by name, e-mail, phone or date of birth");
    private final Grid<ParticipantSummary> grid = new Grid<>(ParticipantSummary.class, false);

    public ParticipantsView(ParticipantRecordService records) {
        this.records = records;
        addClassName("list-view");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setWidth("min(30rem, 100%)");
        search.setHelperText("A date of birth as day/month/year, for example 14/3/1958");
        // One page registers, screens and books a walk-in (the walk-in route).
        Button walkIn = new Button("Register a walk-in", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("walk-in")));
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
}
