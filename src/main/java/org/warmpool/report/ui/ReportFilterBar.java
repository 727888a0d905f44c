package org.warmpool.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.DateFields;
import org.warmpool.instructor.InstructorName;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.report.ReportFilter;

/**
 * The filter every report shares: first and last day (the last 30 days to start with), pool, level
 * and instructor (empty: all). Each change that makes a valid filter is handed to the report; a bad
 * period is explained on the field and the report keeps what it showed.
 */
public class ReportFilterBar extends Div {

    private final DatePicker from = new DatePicker("First day");
    private final DatePicker to = new DatePicker("Last day");
    private final ComboBox<Pool> pool = new ComboBox<>("Pool");
    private final ComboBox<ClassLevel> level = new ComboBox<>("Level");
    private final ComboBox<InstructorName> instructor = new ComboBox<>("Instructor");
    private Consumer<ReportFilter> listener = filter -> { };

    public ReportFilterBar(Clock clock, PoolService pools, ClassLevelService levels, InstructorService instructors) {
        addClassName("toolbar");
        addClassName("report-filter");
        LocalDate today = LocalDate.now(clock);
        for (DatePicker picker : List.of(from, to)) {
            DateFields.clinic(picker);
            picker.setRequiredIndicatorVisible(true);
        }
        from.setValue(today.minusDays(30));
        to.setValue(today);
        choices(pool, pools.listAll(), Pool::getName, "All pools");
        choices(level, levels.listAll(), ClassLevel::getName, "All levels");
        // Names only: one query whatever the number of instructors (not their certificates and leave).
        choices(instructor, instructors.listNames(), InstructorName::name, "All instructors");
        from.addValueChangeListener(change -> {
            // Keep the two days in order: moving one past the other takes the other along.
            if (outOfOrder()) {
                to.setValue(from.getValue());
            } else {
                changed();
            }
        });
        to.addValueChangeListener(change -> {
            if (outOfOrder()) {
                from.setValue(to.getValue());
            } else {
                changed();
            }
        });
        pool.addValueChangeListener(change -> changed());
        level.addValueChangeListener(change -> changed());
        instructor.addValueChangeListener(change -> changed());
        add(from, to, pool, level, instructor);
    }

    /** Hides the choices a report does not filter by. */
    public ReportFilterBar withoutInstructor() {
        instructor.setVisible(false);
        return this;
    }

    /** Called with each new valid filter; call {@link #filter()} for the first. */
    public void onChange(Consumer<ReportFilter> listener) {
        this.listener = listener;
    }

    /** The filter as the fields show it, if it is a valid one. */
    public Optional<ReportFilter> filter() {
        to.setInvalid(false);
        from.setInvalid(false);
        try {
            return Optional.of(new ReportFilter(from.getValue(), to.getValue(), id(pool.getValue()),
                    id(level.getValue()), id(instructor.getValue())));
        } catch (RuleViolationException bad) {
            DatePicker wrong = from.getValue() == null ? from : to;
            wrong.setErrorMessage(bad.getMessage());
            wrong.setInvalid(true);
            return Optional.empty();
        }
    }

    private void changed() {
        filter().ifPresent(listener);
    }

    private boolean outOfOrder() {
        return from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
    }

    private static <T> void choices(ComboBox<T> box, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> name,
            String all) {
        box.setItems(items);
        box.setItemLabelGenerator(name);
        box.setClearButtonVisible(true);
        box.setPlaceholder(all);
        box.setHelperText("Empty: " + all.toLowerCase());
    }

    private static Long id(Object chosen) {
        if (chosen instanceof Pool p) {
            return p.getId();
        }
        if (chosen instanceof ClassLevel l) {
            return l.getId();
        }
        if (chosen instanceof InstructorName i) {
            return i.id();
        }
        return null;
    }
}
