package org.warmpool.program.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.SessionReference;
import org.warmpool.base.ui.FormDialog;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.LevelChange;
import org.warmpool.security.Roles;

@Route(value = "levels", layout = MainLayout.class)
@PageTitle("Class levels | Warmpool")
@Menu(order = 11, title = "Class levels", icon = "vaadin:signal")
@RolesAllowed(Roles.ADMIN)
public class LevelsView extends Main {

    private final transient ClassLevelService levels;
    private final Grid<ClassLevel> grid = new Grid<>(ClassLevel.class, false);

    public LevelsView(ClassLevelService levels) {
        this.levels = levels;
        addClassName("list-view");
        add(new Paragraph("The four progressive levels. Matching uses these limits; a change applies to "
                + "recommendations at once. Click a level to edit it."));

        grid.setAriaLabel("Class levels");
        grid.addColumn(ClassLevel::title).setHeader("Level").setAutoWidth(true);
        grid.addColumn(level -> level.getPainMin() + "-" + level.getPainMax()).setHeader("Pain (0-10)");
        grid.addColumn(level -> ClinicFormats.celsius(level.getMinWaterTemperature())).setHeader("Water at least");
        grid.addColumn(ClassLevel::getMaxClassSize).setHeader("Largest class");
        grid.addColumn(ClassLevel::getMinutes).setHeader("Minutes");
        grid.addColumn(ClassLevel::getDescription).setHeader("What happens").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> openForm(levels.get(click.getItem().getId())));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(levels.listAll());
    }

    private void openForm(ClassLevel level) {
        LevelForm form = new LevelForm();
        new FormDialog<>("Edit " + level.title(), form, form.binder, level, edited -> {
            LevelChange change = levels.save(edited);
            refresh();
            if (change.sessionsInColderWater().isEmpty()) {
                Notifications.success(change.level().title() + " saved.");
            } else {
                Notifications.problem(change.level().title() + " saved. " + change.sessionsInColderWater().size()
                        + " upcoming sessions are now in water colder than this level needs; they are flagged "
                        + "on the schedule and not recommended: "
                        + SessionReference.describeAll(change.sessionsInColderWater(), 5) + ".");
            }
        }).open();
    }
}
