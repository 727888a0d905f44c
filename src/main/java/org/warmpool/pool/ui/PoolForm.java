package org.warmpool.pool.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.warmpool.base.ui.Limits;
import org.warmpool.pool.Pool;

/** The fields of a pool, bound with the entity's validation rules. */
class PoolForm extends FormLayout {

    final TextField name = new TextField("Name");
    final BigDecimalField waterTemperature = new BigDecimalField("Water temperature (°C)");
    final BigDecimalField minDepth = new BigDecimalField("Shallowest depth (m)");
    final BigDecimalField maxDepth = new BigDecimalField("Deepest depth (m)");
    final Checkbox hasLift = new Checkbox("Has a lift or ramp into the water");
    final IntegerField capacity = new IntegerField("People in the water at once");
    final TextArea notes = new TextArea("Notes");
    final BeanValidationBinder<Pool> binder = new BeanValidationBinder<>(Pool.class);

    PoolForm() {
        name.setMaxLength(Pool.NAME_MAX_LENGTH);
        waterTemperature.setHelperText("Between " + Pool.WATER_TEMPERATURE_MIN + " and " + Pool.WATER_TEMPERATURE_MAX
                + " °C, for example 33.5. Levels 0 and 1 need warm water (32-33 °C).");
        minDepth.setHelperText("In metres, between " + Pool.DEPTH_MIN_METRES + " and " + Pool.DEPTH_MAX_METRES
                + ", for example 1.00");
        maxDepth.setHelperText("Up to " + Pool.DEPTH_MAX_METRES + " m. Level 3 needs deep water for aqua running");
        Limits.between(capacity, 1, Pool.CAPACITY_MAX, "people");
        capacity.setStepButtonsVisible(true);
        notes.setMaxLength(Pool.NOTES_MAX_LENGTH);
        add(name, waterTemperature, minDepth, maxDepth, capacity, hasLift, notes);
        setColspan(notes, 2);
        // Bound by property name, so that the entity's own limits (Pool.DEPTH_MIN_METRES to DEPTH_MAX_METRES) are checked here too.
        binder.forField(maxDepth).withValidator(max -> max == null || minDepth.getValue() == null
                || max.compareTo(minDepth.getValue()) >= 0, "The deepest depth cannot be less than the shallowest")
                .bind("maxDepth");
        binder.bindInstanceFields(this);
    }
}
