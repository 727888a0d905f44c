package org.warmpool.pool.ui;

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
import java.math.BigDecimal;
import org.warmpool.base.ui.Confirmation;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.FormDialog;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.pool.ColdWaterImpact;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.security.Roles;

@Route(value = "pools", layout = MainLayout.class)
@PageTitle("Pools | Warmpool")
@Menu(order = 10, title = "Pools", icon = "vaadin:drop")
@RolesAllowed(Roles.ADMIN)
public class PoolsView extends Main {

    private final transient PoolService pools;
    private final Grid<Pool> grid = new Grid<>(Pool.class, false);

    public PoolsView(PoolService pools) {
        this.pools = pools;
        addClassName("list-view");

        Button add = new Button("New pool", VaadinIcon.PLUS.create(), click -> openForm(new Pool()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Pools");
        grid.addColumn(Pool::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(pool -> ClinicFormats.celsius(pool.getWaterTemperature())).setHeader("Water");
        grid.addColumn(pool -> pool.getMinDepth() + "-" + pool.getMaxDepth() + " m").setHeader("Depth");
        grid.addColumn(pool -> pool.isHasLift() ? "Yes" : "No").setHeader("Lift or ramp");
        grid.addColumn(Pool::getCapacity).setHeader("Capacity");
        grid.addColumn(pool -> pool.isRetired() ? "Retired" : "In use").setHeader("Status");
        // The booking feature's page, by its route name: pool does not depend on booking.
        grid.addComponentColumn(pool -> {
            Button log = new Button("Temperature log",
                    click -> getUI().ifPresent(ui -> ui.navigate("water-temperature/" + pool.getId())));
            log.setAriaLabel("Temperature log of " + pool.getName());
            return log;
        }).setHeader("Water temperature");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> openForm(pools.get(click.getItem().getId())));
        grid.setAllRowsVisible(true);

        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(pools.listAll());
    }

    private void openForm(Pool pool) {
        PoolForm form = new PoolForm();
        FormDialog<Pool> dialog = new FormDialog<>(pool.isNew() ? "New pool" : "Edit " + pool.getName(), form,
                form.binder, pool, edited -> {
                    Pool saved = pools.save(edited);
                    Notifications.success(saved.getName() + " saved.");
                    refresh();
                });
        if (!pool.isNew()) {
            BigDecimal before = pool.getWaterTemperature();
            dialog.setBeforeSave((edited, save) -> warnIfTooCold(dialog, edited, before, form, save));
        }
        if (!pool.isNew() && !pool.isRetired()) {
            Button retire = new Button("Retire pool", click -> confirmRetire(pool, dialog));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAtIndex(0, retire);
        }
        dialog.open();
    }

    /**
     * A lower temperature that booked classes' levels do not allow is saved only after the
     * administrator confirms, having read how many classes and people it affects; "Keep" puts the
     * old value back in the field.
     */
    private void warnIfTooCold(FormDialog<Pool> dialog, Pool edited, BigDecimal before, PoolForm form,
            Runnable save) {
        BigDecimal after = edited.getWaterTemperature();
        ColdWaterImpact impact = after.compareTo(before) < 0 ? pools.coldWaterImpact(edited.getId(), after)
                : ColdWaterImpact.NONE;
        if (!impact.any()) {
            save.run();
            return;
        }
        Confirmation.askIn(dialog, "cold-water-warning", "Too cold for booked classes",
                impact.describe() + ". At " + ClinicFormats.celsius(after) + " in " + edited.getName()
                        + " they would be colder than their level allows. Save anyway, then move those classes or "
                        + "tell the people booked?",
                "Save " + ClinicFormats.celsius(after), "Keep " + ClinicFormats.celsius(before), save, () -> {
                    form.waterTemperature.setValue(before);
                    edited.setWaterTemperature(before);
                    form.waterTemperature.focus();
                });
    }

    private void confirmRetire(Pool pool, FormDialog<Pool> formDialog) {
        Confirmation.askIn(formDialog, "retire-question", "Retire " + pool.getName() + "?",
                "A retired pool keeps its history but takes no new classes.", "Retire", "Keep it in use", () -> {
                    pools.retire(pool.getId());
                    formDialog.close();
                    Notifications.success(pool.getName() + " is retired.");
                    refresh();
                }, () -> { });
    }
}
