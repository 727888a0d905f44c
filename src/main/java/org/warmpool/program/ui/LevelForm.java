package org.warmpool.program.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.warmpool.program.ClassLevel;

class LevelForm extends FormLayout {

    final TextField name = new TextField("Name");
    final IntegerField painMin = new IntegerField("Lowest pain (0-10)");
    final IntegerField painMax = new IntegerField("Highest pain (0-10)");
    final BigDecimalField minWaterTemperature = new BigDecimalField("Water at least (°C)");
    final IntegerField maxClassSize = new IntegerField("Largest class");
    final IntegerField minutes = new IntegerField("Minutes");
    final TextArea description = new TextArea("What happens in the class");
    final BeanValidationBinder<ClassLevel> binder = new BeanValidationBinder<>(ClassLevel.class);

    LevelForm() {
        painMin.setHelperText("On the 0-10 pain scale (NRS)");
        painMax.setHelperText("Participants above this go to a gentler level");
        maxClassSize.setHelperText("Between " + ClassLevel.CLASS_SIZE_MIN + " and " + ClassLevel.CLASS_SIZE_MAX
                + ". A session also never has more places than its pool holds");
        minutes.setHelperText("Between " + ClassLevel.MINUTES_MIN + " and " + ClassLevel.MINUTES_MAX + " minutes");
        minWaterTemperature.setHelperText("Between " + ClassLevel.WATER_TEMPERATURE_MIN + " and "
                + ClassLevel.WATER_TEMPERATURE_MAX + " °C");
        description.setMaxLength(ClassLevel.DESCRIPTION_MAX_LENGTH);
        add(name, minutes, painMin, painMax, minWaterTemperature, maxClassSize, description);
        setColspan(description, 2);
        // Bound by property name, so that the entity's own limits (0-10) are checked here too.
        binder.forField(painMax).withValidator(max -> max == null || painMin.getValue() == null
                || max >= painMin.getValue(), "The highest pain cannot be below the lowest")
                .bind("painMax");
        binder.bindInstanceFields(this);
    }
}
