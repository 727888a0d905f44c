package org.warmpool.instructor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warmpool.base.ClinicFormats;

/**
 * Who may teach a session, in plain words. Qualified: valid CPR/first aid and water rescue on the
 * session's date, and for levels 0 and 1 also aquatic therapy or a physiotherapy licence.
 * Available: inside a weekly window and not on leave. (Clashes with other sessions are the
 * schedule's to check.) A certificate counts up to and including its expiry date.
 */
public final class InstructorRules {

    /** Levels for people in high or chronic pain need a therapy qualification. */
    public static final Set<Integer> THERAPY_LEVELS = Set.of(0, 1);


    private InstructorRules() {
    }

    public static List<String> qualificationProblems(Instructor instructor, LocalDate date, int levelNumber) {
        List<String> problems = new ArrayList<>();
        if (!instructor.isActive()) {
            problems.add(instructor.getName() + " is no longer teaching");
            return problems;
        }
        for (CertificationType required : List.of(CertificationType.CPR_FIRST_AID, CertificationType.WATER_RESCUE)) {
            missingOrExpired(instructor, required, date).ifPresent(problems::add);
        }
        if (THERAPY_LEVELS.contains(levelNumber)) {
            boolean therapyQualified = EnumSet.of(CertificationType.AQUATIC_THERAPY,
                    CertificationType.PHYSIOTHERAPY_LICENCE).stream()
                    .anyMatch(type -> missingOrExpired(instructor, type, date).isEmpty());
            if (!therapyQualified) {
                problems.add("level " + levelNumber + " needs an aquatic-therapy certificate or a physiotherapy "
                        + "licence valid on " + date.format(ClinicFormats.DATE_LONG_YEAR) + ", which "
                        + instructor.getName() + " does not have");
            }
        }
        return problems;
    }

    public static List<String> availabilityProblems(Instructor instructor, LocalDate date, LocalTime start,
            LocalTime end) {
        List<String> problems = new ArrayList<>();
        instructor.getLeave().stream().filter(days -> days.includes(date)).findFirst().ifPresent(days ->
                problems.add(instructor.getName() + " is on leave (" + days.getReason() + ") from "
                        + days.getFirstDay().format(ClinicFormats.DATE_LONG_YEAR) + " to "
                        + days.getLastDay().format(ClinicFormats.DATE_LONG_YEAR)));
        boolean inWindow = instructor.getAvailability().stream()
                .anyMatch(window -> window.covers(date.getDayOfWeek(), start, end));
        if (!inWindow) {
            problems.add(instructor.getName() + " does not teach on "
                    + ClinicFormats.weekday(date.getDayOfWeek()) + "s from " + start + " to " + end);
        }
        return problems;
    }

    private static Optional<String> missingOrExpired(Instructor instructor, CertificationType type, LocalDate date) {
        List<Certification> ofType = instructor.getCertifications().stream().filter(c -> c.getType() == type).toList();
        if (ofType.stream().anyMatch(c -> c.validOn(date))) {
            return Optional.empty();
        }
        Optional<Certification> latest = ofType.stream().max(Comparator.comparing(Certification::getExpiresOn));
        if (latest.isEmpty()) {
            return Optional.of(instructor.getName() + " has no " + type.label() + " certificate");
        }
        if (latest.get().getExpiresOn().isBefore(date)) {
            return Optional.of(instructor.getName() + "'s " + type.label() + " certificate expires on "
                    + latest.get().getExpiresOn().format(ClinicFormats.DATE_LONG_YEAR) + ", before this session");
        }
        return Optional.of(instructor.getName() + "'s " + type.label() + " certificate is only valid from "
                + latest.get().getIssuedOn().format(ClinicFormats.DATE_LONG_YEAR));
    }
}
