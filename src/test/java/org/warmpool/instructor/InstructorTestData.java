package org.warmpool.instructor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Instructors for tests, each with a unique e-mail. Needs an administrator logged in. */
@Component
public class InstructorTestData {

    private final InstructorService instructors;

    InstructorTestData(InstructorService instructors) {
        this.instructors = instructors;
    }

    /** Qualified for every level for the next two years, available 06:00-22:00 every day. */
    public Instructor qualified(String name) {
        Instructor instructor = withoutCertificates(name);
        certify(instructor, CertificationType.CPR_FIRST_AID, LocalDate.now().plusYears(2));
        certify(instructor, CertificationType.WATER_RESCUE, LocalDate.now().plusYears(2));
        certify(instructor, CertificationType.AQUATIC_THERAPY, LocalDate.now().plusYears(2));
        return instructors.get(instructor.getId());
    }

    /** Available every day, but with no certificate yet. */
    public Instructor withoutCertificates(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        Instructor instructor = instructors.create(name, email, null, "a long enough password");
        for (DayOfWeek day : DayOfWeek.values()) {
            instructors.addAvailability(instructor.getId(), day, LocalTime.of(6, 0), LocalTime.of(22, 0));
        }
        return instructors.get(instructor.getId());
    }

    public void certify(Instructor instructor, CertificationType type, LocalDate expiresOn) {
        instructors.addCertification(instructor.getId(), type, "T-" + type.ordinal(), LocalDate.now().minusYears(1),
                expiresOn);
    }
}
