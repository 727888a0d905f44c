package org.warmpool.instructor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.Roles;

@Route(value = "instructors", layout = MainLayout.class)
@PageTitle("Instructors | Warmpool")
@Menu(order = 12, title = "Instructors", icon = "vaadin:user-star")
@RolesAllowed(Roles.ADMIN)
public class InstructorsView extends Main {

    private final transient InstructorService instructors;
    private final transient Clock clock;
    private final Grid<Instructor> grid = new Grid<>(Instructor.class, false);

    public InstructorsView(InstructorService instructors, Clock clock) {
        this.instructors = instructors;
        this.clock = clock;
        addClassName("list-view");
        Button add = new Button("New instructor", VaadinIcon.PLUS.create(),
                click -> new NewInstructorDialog(instructors, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Instructors");
        grid.addColumn(Instructor::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Instructor::getEmail).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(i -> i.getPhone() == null ? "" : i.getPhone()).setHeader("Phone");
        grid.addColumn(this::certificates).setHeader("Certificates").setFlexGrow(2);
        grid.addColumn(i -> i.isActive() ? "Teaching" : "Not teaching").setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> new InstructorDialog(instructors, click.getItem().getId(), clock,
                this::refresh).open());
        add(add, grid);
        refresh();
    }

    private String certificates(Instructor instructor) {
        LocalDate today = LocalDate.now(clock);
        return instructor.getCertifications().stream()
                .map(c -> c.getType().label() + (c.getExpiresOn().isBefore(today) ? " (expired " : " (until ")
                        + c.getExpiresOn() + ")")
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.setItems(instructors.listAll());
    }

}
