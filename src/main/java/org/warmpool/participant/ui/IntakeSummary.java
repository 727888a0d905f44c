package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.warmpool.base.ClinicFormats;
import org.warmpool.participant.DoctorRecord;
import org.warmpool.participant.Intake;
import org.warmpool.participant.ScreeningOutcome;

/** A participant's intakes on their record: the latest in detail, the earlier ones a line each. */
final class IntakeSummary {

    private IntakeSummary() {
    }

    /** The answers of the latest intake, the screening's verdict and what a doctor recorded. */
    static Div latest(Intake intake, ScreeningOutcome outcome) {
        UnorderedList facts = new UnorderedList();
        facts.setId("intake-summary");
        facts.add(new ListItem("Pain now: " + intake.getPainNow() + " of 10" + (outcome.highPain() ? " (high)" : "")));
        facts.add(new ListItem("For: " + (intake.getPainWeeks() != null ? intake.getPainWeeks() + " weeks"
                : intake.getPainDuration().label()) + (outcome.chronic() ? " (chronic)" : "")));
        facts.add(new ListItem("Cause: " + intake.getCondition().label()));
        facts.add(new ListItem("Red flags: " + (outcome.redFlags().isEmpty() ? "none"
                : outcome.redFlags().stream().map(f -> f.reason()).collect(Collectors.joining(", ")))));
        facts.add(new ListItem("Needs clearance for: " + (outcome.contraindications().isEmpty() ? "nothing"
                : outcome.contraindications().stream().map(c -> c.reason()).collect(Collectors.joining(", ")))));
        intake.doctorSeen().ifPresent(doctor -> {
            ListItem seen = new ListItem("Seen by a doctor about the red flag on "
                    + doctor.day().format(ClinicFormats.DATE_SHORT_YEAR) + ": " + doctor.doctor() + note(doctor)
                    + ". Recorded by " + doctor.recordedBy() + ".");
            seen.setId("doctor-seen");
            facts.add(seen);
        });
        intake.clearance().ifPresent(clearance -> facts.add(new ListItem("Cleared on "
                + clearance.day().format(ClinicFormats.DATE_SHORT_YEAR) + " by " + clearance.doctor() + note(clearance))));
        facts.add(new ListItem("Needs a lift or ramp: " + (Boolean.TRUE.equals(intake.getNeedsLift()) ? "yes" : "no")
                + "; deep water: " + (Boolean.TRUE.equals(intake.getDeepWaterOk()) ? "comfortable" : "no")));
        return new Div(facts, new Paragraph(outcome.message()));
    }

    private static String note(DoctorRecord recorded) {
        return recorded.note() == null ? "" : " (" + recorded.note() + ")";
    }

    /** The intakes before the latest, newest first, each with its outcome and any doctor's visit. */
    static UnorderedList earlier(List<Intake> history, ZoneId zone) {
        UnorderedList list = new UnorderedList();
        history.stream().skip(1).forEach(i -> list.add(new ListItem(
                i.getSubmittedAt().atZone(zone).toLocalDate().format(ClinicFormats.DATE_SHORT_YEAR) + ": pain "
                        + i.getPainNow() + " of 10, " + i.getOutcome().label()
                        + (i.getRedFlags().isEmpty() ? "" : " (" + i.getRedFlags().stream()
                        .map(f -> f.reason()).collect(Collectors.joining(", ")) + ")")
                        + i.doctorSeen().map(doctor -> "; seen by a doctor on "
                        + doctor.day().format(ClinicFormats.DATE_SHORT_YEAR)).orElse(""))));
        return list;
    }
}
