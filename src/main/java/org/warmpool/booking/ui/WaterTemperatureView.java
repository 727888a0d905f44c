package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Confirmation;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.ColdClass;
import org.warmpool.booking.ColdWaterOutcome;
import org.warmpool.booking.ColdWaterService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.pool.TemperatureReading;
import org.warmpool.program.ClassLevelService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;

/**
 * A pool's water temperature: record what was measured, see the classes it is too cold for until a
 * chosen day, deal with all of them in one action (front desk and administrator), and the log of
 * readings as a chart and a table.
 */
@Route(value = "water-temperature", layout = MainLayout.class)
@PageTitle("Water temperature | Warmpool")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR})
public class WaterTemperatureView extends Main implements HasUrlParameter<Long> {

    private final transient PoolService pools;
    private final transient ColdWaterService coldWater;
    private final transient ClassLevelService levels;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final transient ClinicSettings clinic;

    private final Paragraph now = new Paragraph();
    private final BigDecimalField measured = new BigDecimalField("Measured temperature (°C)");
    private final Select<Integer> reach = new Select<>();
    private final Div affected = new Div();
    private final Div log = new Div();
    private long poolId;

    public WaterTemperatureView(PoolService pools, ColdWaterService coldWater, ClassLevelService levels,
            CurrentUser currentUser, Clock clock, ClinicSettings clinic) {
        this.pools = pools;
        this.coldWater = coldWater;
        this.levels = levels;
        this.currentUser = currentUser;
        this.clock = clock;
        this.clinic = clinic;
        addClassName("home-view");
        addClassName("water-temperature-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long poolId) {
        this.poolId = poolId;
        Pool pool = pools.get(poolId);
        removeAll();
        now.setId("water-now");
        measured.setId("measured-temperature");
        measured.setWidth("min(18rem, 100%)"); // the whole label, not "Measured tem…"
        measured.setHelperText(Pool.WATER_TEMPERATURE_RANGE + ", one decimal, for example 29.5");
        Button record = new Button("Record reading", click -> record());
        record.setId("record-reading");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout recordRow = new FlexLayout(measured, record);
        recordRow.addClassName("record-reading-row");

        reach.setLabel("Classes up to");
        reach.setId("affected-until");
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        reach.setItems(IntStream.rangeClosed(0, (int) ColdWaterService.LONGEST_REACH.toDays() - 1).boxed().toList());
        reach.setItemLabelGenerator(days -> days == 0 ? "The end of today" : days == 1 ? "The end of tomorrow"
                : "The end of " + ClinicFormats.DAY_LONG.format(today.plusDays(days)));
        reach.setValue(1);
        reach.addValueChangeListener(change -> showAffected());

        Section coldSection = new Section(new H2("Classes the water is too cold for"), reach, affected);
        coldSection.setId("cold-classes");
        Section logSection = new Section(new H2("Temperature log"), log);
        add(new H1("Water temperature: " + pool.getName()), now, recordRow, coldSection, logSection);
        refresh();
    }

    private void refresh() {
        Pool pool = pools.get(poolId);
        List<TemperatureReading> readings = pools.temperatureLog(poolId);
        now.setText("The water is " + ClinicFormats.celsius(pool.getWaterTemperature()) + (readings.isEmpty() ? "."
                : ", measured " + ClinicFormats.DAY_SHORT_TIME.format(readings.get(0).getOccurredAt()
                        .atZone(clinic.timeZone())) + "."));
        showAffected();
        showLog(readings);
    }

    private void record() {
        BigDecimal value = measured.getValue();
        if (value == null) {
            measured.setInvalid(true);
            measured.setErrorMessage("Enter the temperature you measured, for example 29.5");
            measured.focus();
            return;
        }
        Pool pool;
        try {
            pool = pools.recordTemperature(poolId, value);
        } catch (RuleViolationException refused) {
            measured.setInvalid(true);
            measured.setErrorMessage(refused.getMessage());
            measured.focus();
            return;
        }
        measured.setInvalid(false);
        measured.clear();
        Notifications.success(ClinicFormats.celsius(pool.getWaterTemperature()) + " recorded for " + pool.getName()
                + ".");
        refresh();
    }

    private Instant until() {
        return LocalDate.now(clock.withZone(clinic.timeZone())).plusDays(reach.getValue() + 1L)
                .atStartOfDay(clinic.timeZone()).toInstant();
    }

    private void showAffected() {
        affected.removeAll();
        List<ColdClass> cold = coldWater.affectedClasses(poolId, until());
        if (cold.isEmpty()) {
            Paragraph none = new Paragraph("The water is warm enough for every class until then.");
            none.setId("no-cold-classes");
            affected.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("cold-class-list");
        for (ColdClass c : cold) {
            list.add(new ListItem(ClinicFormats.DAY_SHORT.format(c.date()) + " at " + ClinicFormats.TIME.format(c.start())
                    + ", " + c.levelTitle() + ": needs " + ClinicFormats.celsius(c.minTemperature()) + "; "
                    + c.booked() + " booked" + (c.waiting() > 0 ? ", " + c.waiting() + " waiting" : "")));
        }
        affected.add(list);
        if (!currentUser.hasRole(Role.FRONT_DESK) && !currentUser.hasRole(Role.ADMIN)) {
            affected.add(new Paragraph("Tell the front desk: they can move these classes' participants to a warm "
                    + "class or cancel the classes."));
            return;
        }
        String classes = cold.size() + (cold.size() == 1 ? " class" : " classes");
        Button move = new Button("Move people to warm classes", click -> confirm(click.getSource(), "Move people to warm classes?",
                "Everyone with a place in the " + classes + " above moves to a class of the same level on the same "
                        + "day in a warm pool, while places last; the others get a make-up credit. The cold "
                        + classes + " are then cancelled and everyone is told.",
                "Move and cancel", true));
        move.setId("move-to-warm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel all " + classes, click -> confirm(click.getSource(), "Cancel all " + classes + "?",
                "Everyone with a place gets a make-up credit, and everyone booked or waiting is told why.",
                "Cancel " + classes, false));
        cancel.setId("cancel-cold");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout actions = new FlexLayout(move, cancel);
        actions.addClassName("cold-actions");
        affected.add(actions);
    }

    private void confirm(Component opener, String header, String text, String yes, boolean moveFirst) {
        Confirmation.ask(header, text, yes, "Go back", opener, () -> {
            ColdWaterOutcome outcome = moveFirst ? coldWater.moveOrCancel(poolId, until())
                    : coldWater.cancelAll(poolId, until());
            Notifications.success(outcome.describe());
            refresh();
        });
    }

    private void showLog(List<TemperatureReading> readings) {
        log.removeAll();
        List<TemperatureChart.Minimum> minimums = levels.listAll().stream()
                .map(level -> new TemperatureChart.Minimum("Level " + level.getLevelNumber(),
                        level.getMinWaterTemperature()))
                .toList();
        Paragraph summary = new Paragraph(TemperatureChart.summary(readings, clinic.timeZone()));
        summary.setId("temperature-summary");
        Div chart = new Div(new Svg(TemperatureChart.svg(readings, minimums, clinic.timeZone(),
                "temperature-summary")));
        chart.addClassName("pain-chart-box");
        NativeTable table = new NativeTable();
        table.setId("temperature-table");
        table.setCaptionText("Every reading of the last 90 days, newest first.");
        table.getElement().setAttribute("tabindex", "0");
        NativeTableRow head = table.getHead().addRow();
        for (String title : List.of("When", "Temperature", "Recorded by")) {
            head.addHeaderCell().setText(title);
        }
        for (TemperatureReading reading : readings) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(ClinicFormats.DAY_SHORT_TIME.format(reading.getOccurredAt()
                    .atZone(clinic.timeZone())));
            row.addDataCell().setText(ClinicFormats.celsius(reading.getCelsius()));
            row.addDataCell().setText(reading.getActor());
        }
        log.add(summary, chart, table);
    }
}
