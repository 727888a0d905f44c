package org.warmpool.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.FormErrors;
import org.warmpool.base.ui.Limits;
import org.warmpool.base.ui.Notifications;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.Roles;

/** The administrator tunes the thresholds that screening, matching, bookings and progression use. */
@Route(value = "programme-rules", layout = MainLayout.class)
@PageTitle("Programme rules | Warmpool")
@Menu(order = 13, title = "Programme rules", icon = "vaadin:sliders")
@RolesAllowed(Roles.ADMIN)
public class ProgrammeSettingsView extends Main {

    final IntegerField highPainFrom = new IntegerField("High pain starts at (0-10 scale)");
    final IntegerField chronicFromWeeks = new IntegerField("Pain is chronic after (weeks)");
    final IntegerField gentleUpToLevel = new IntegerField("Gentle levels: 0 up to level");
    final IntegerField chronicLevel = new IntegerField("Level that also takes chronic pain");
    final IntegerField deepWaterFromLevel = new IntegerField("Deep water needed from level");
    final IntegerField maxWaitlist = new IntegerField("Largest waitlist per class");
    final IntegerField lateCancelHours = new IntegerField("A cancellation is late within (hours before the class)");
    final IntegerField promotionCutoffHours = new IntegerField("Waitlist promotion stops (hours before the class)");
    final IntegerField creditValidDays = new IntegerField("A make-up credit is valid for (days)");
    final IntegerField upAfterSessions = new IntegerField("Suggest moving up after (classes at the level)");
    final IntegerField upPainAfterCount = new IntegerField("Pain after class suits the next level in the last (classes)");
    final IntegerField upNoFlareInLast = new IntegerField("No flare-up in the last (classes) before moving up");
    final IntegerField flareRise = new IntegerField("A flare-up is pain rising during class by (points)");
    final IntegerField downAfterFlares = new IntegerField("Suggest moving down after flare-ups in a row");
    final IntegerField downPainBeforeFrom = new IntegerField("Suggest moving down when pain before class is at least");
    final RadioButtonGroup<String> outcomeQuestionnaire = new RadioButtonGroup<>("Questionnaire participants answer");
    final IntegerField questionnaireEveryClasses = new IntegerField("Ask again after (attended classes)");
    final IntegerField rolandMorrisChange = new IntegerField("Important change on Roland-Morris (points)");
    final IntegerField oswestryChange = new IntegerField("Important change on Oswestry (percentage points)");

    public ProgrammeSettingsView(ProgrammeSettingsService settings) {
        addClassName("home-view");
        highPainFrom.setHelperText("Participants with this pain or more get gentle levels only (default 7)");
        chronicFromWeeks.setHelperText("Pain lasting this long or longer is chronic: gentle levels only (default 12)");
        gentleUpToLevel.setHelperText("Default 1: levels 0 and 1");
        chronicLevel.setHelperText("Default 1: Gentle Mobility takes chronic pain whatever its number");
        deepWaterFromLevel.setHelperText("Default 3: Aqua Conditioning needs comfort in deep water");
        maxWaitlist.setHelperText("Default 10");
        lateCancelHours.setHelperText("Default 12: recorded as a late cancellation in the reports");
        promotionCutoffHours.setHelperText("Default 2: after that the front desk promotes by hand");
        creditValidDays.setHelperText("Default 60: given to everyone booked when the clinic cancels a class");
        upAfterSessions.setHelperText("Default 6 attended classes at the participant's level");
        upPainAfterCount.setHelperText("Default 4: the pain after each of these classes is in the next level's range");
        upNoFlareInLast.setHelperText("Default 3");
        flareRise.setHelperText("Default 2: pain after class minus pain before, on the 0-10 scale");
        downAfterFlares.setHelperText("Default 2 (at level 0 a rest day is suggested instead)");
        downPainBeforeFrom.setHelperText("Default 8, on the 0-10 scale");
        outcomeQuestionnaire.setItems(ProgrammeSettings.ROLAND_MORRIS, ProgrammeSettings.OSWESTRY);
        outcomeQuestionnaire.setItemLabelGenerator(kind -> ProgrammeSettings.OSWESTRY.equals(kind)
                ? "Oswestry Disability Index (10 sections, 0-100%)"
                : "Roland-Morris Disability Questionnaire (24 yes or no, 0-24)");
        outcomeQuestionnaire.setHelperText("Default Roland-Morris. Earlier answers keep their questionnaire");
        questionnaireEveryClasses.setHelperText("Default 6; also at the start, and whenever staff ask");
        rolandMorrisChange.setHelperText("Default 5: a fall this large is marked as an important improvement");
        oswestryChange.setHelperText("Default 10: a fall this large is marked as an important improvement");
        limit(questionnaireEveryClasses, ProgrammeSettings.QUESTIONNAIRE_EVERY_CLASSES_MIN,
                ProgrammeSettings.QUESTIONNAIRE_EVERY_CLASSES_MAX, "classes");
        limit(rolandMorrisChange, ProgrammeSettings.ROLAND_MORRIS_CHANGE_MIN, ProgrammeSettings.ROLAND_MORRIS_CHANGE_MAX,
                "points");
        limit(oswestryChange, ProgrammeSettings.OSWESTRY_CHANGE_MIN, ProgrammeSettings.OSWESTRY_CHANGE_MAX,
                "percentage points");
        limit(highPainFrom, ProgrammeSettings.HIGH_PAIN_FROM_MIN, ProgrammeSettings.HIGH_PAIN_FROM_MAX, "");
        limit(chronicFromWeeks, ProgrammeSettings.CHRONIC_FROM_WEEKS_MIN, ProgrammeSettings.CHRONIC_FROM_WEEKS_MAX, "weeks");
        limit(gentleUpToLevel, ProgrammeSettings.GENTLE_UP_TO_LEVEL_MIN, ProgrammeSettings.GENTLE_UP_TO_LEVEL_MAX, "");
        limit(chronicLevel, ProgrammeSettings.CHRONIC_LEVEL_MIN, ProgrammeSettings.CHRONIC_LEVEL_MAX, "");
        limit(deepWaterFromLevel, ProgrammeSettings.DEEP_WATER_FROM_LEVEL_MIN, ProgrammeSettings.DEEP_WATER_FROM_LEVEL_MAX, "");
        limit(maxWaitlist, ProgrammeSettings.MAX_WAITLIST_MIN, ProgrammeSettings.MAX_WAITLIST_MAX, "");
        limit(lateCancelHours, ProgrammeSettings.LATE_CANCEL_HOURS_MIN, ProgrammeSettings.LATE_CANCEL_HOURS_MAX, "hours");
        limit(promotionCutoffHours, ProgrammeSettings.PROMOTION_CUTOFF_HOURS_MIN, ProgrammeSettings.PROMOTION_CUTOFF_HOURS_MAX, "hours");
        limit(creditValidDays, ProgrammeSettings.CREDIT_VALID_DAYS_MIN, ProgrammeSettings.CREDIT_VALID_DAYS_MAX, "days");
        limit(upAfterSessions, ProgrammeSettings.UP_AFTER_SESSIONS_MIN, ProgrammeSettings.UP_AFTER_SESSIONS_MAX, "classes");
        limit(upPainAfterCount, ProgrammeSettings.UP_PAIN_AFTER_COUNT_MIN, ProgrammeSettings.UP_PAIN_AFTER_COUNT_MAX, "classes");
        limit(upNoFlareInLast, ProgrammeSettings.UP_NO_FLARE_IN_LAST_MIN, ProgrammeSettings.UP_NO_FLARE_IN_LAST_MAX, "classes");
        limit(flareRise, ProgrammeSettings.FLARE_RISE_MIN, ProgrammeSettings.FLARE_RISE_MAX, "points");
        limit(downAfterFlares, ProgrammeSettings.DOWN_AFTER_FLARES_MIN, ProgrammeSettings.DOWN_AFTER_FLARES_MAX, "");
        limit(downPainBeforeFrom, ProgrammeSettings.DOWN_PAIN_BEFORE_FROM_MIN, ProgrammeSettings.DOWN_PAIN_BEFORE_FROM_MAX, "");
        BeanValidationBinder<ProgrammeSettings> binder = new BeanValidationBinder<>(ProgrammeSettings.class);
        binder.bindInstanceFields(this);
        ProgrammeSettings current = settings.current();
        binder.readBean(current);
        Button save = new Button("Save the rules", click -> {
            try {
                binder.writeBean(current);
            } catch (ValidationException invalid) {
                FormErrors.show(invalid);
                return;
            }
            settings.save(current);
            Notifications.success("Saved. Screening and recommendations use the new rules from now on.");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("These rules decide who is screened as high or chronic pain and which classes they are "
                + "offered. They apply to intakes sent, recommendations shown and bookings made from now on; earlier screening "
                + "results keep their status."),
                new FormLayout(highPainFrom, chronicFromWeeks, gentleUpToLevel, chronicLevel, deepWaterFromLevel,
                        maxWaitlist, lateCancelHours, promotionCutoffHours, creditValidDays),
                new H2("Progress between levels"),
                new Paragraph("Suggestions only: nothing changes until the front desk or the participant's "
                        + "instructor accepts one."),
                new FormLayout(upAfterSessions, upPainAfterCount, upNoFlareInLast, flareRise, downAfterFlares,
                        downPainBeforeFrom),
                new H2("Back-pain questionnaire"),
                new Paragraph("Participants answer it after their intake, then again after the classes below and "
                        + "whenever staff ask. Their progress marks changes of at least these sizes."),
                new FormLayout(outcomeQuestionnaire, questionnaireEveryClasses, rolandMorrisChange, oswestryChange),
                save);
    }

    /** The field takes only the setting's range, and its helper text says it: "Default 12. From 1 to 104 weeks." */
    private static void limit(IntegerField field, int min, int max, String unit) {
        Limits.between(field, min, max, unit);
        field.setHelperText(field.getHelperText() + ". " + Limits.range(min, max, unit) + ".");
    }
}
