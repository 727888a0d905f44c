package org.warmpool.instructor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Instructors for tests, each under a unique name and e-mail so that tests never clash. Needs an
 * admin logged in.
 */
@Component
public class InstructorTestData {

    private final InstructorService instructors;
    private final Clock clock;

    InstructorTestData(InstructorService instructors, Clock clock) {
        this.instructors = instructors;
        this.clock = clock;
    }

    /**
     * An instructor with no certificate who can teach every day from 06:00 to 22:00. The name
     * gets a unique suffix: "Ann Able" becomes "Ann Able 1a2b3c4d".
     */
    public Instructor available(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instructor created = instructors.create(name + " " + suffix, "instructor-" + suffix + "@warmpool.example",
                "0161 496 0000", "").instructor();
        for (DayOfWeek day : DayOfWeek.values()) {
            instructors.addAvailability(created.getId(), day, LocalTime.of(6, 0), LocalTime.of(22, 0));
        }
        return instructors.get(created.getId());
    }

    /** Available every day, with CPR, water rescue and aquatic therapy valid for years. */
    public Instructor qualified(String name) {
        Instructor instructor = available(name);
        LocalDate inFiveYears = LocalDate.now(clock).plusYears(5);
        certify(instructor, CertificationType.CPR_FIRST_AID, inFiveYears);
        certify(instructor, CertificationType.WATER_RESCUE, inFiveYears);
        certify(instructor, CertificationType.AQUATIC_THERAPY, inFiveYears);
        return instructors.get(instructor.getId());
    }

    /** Adds a certificate issued a year ago that counts up to and including {@code expiresOn}. */
    public void certify(Instructor instructor, CertificationType type, LocalDate expiresOn) {
        instructors.addCertification(instructor.getId(), type, type.name() + "-" + instructor.getId(),
                LocalDate.now(clock).minusYears(1), expiresOn);
    }

    /** Available every day, with no certificate yet (as {@link #available}). */
    public Instructor withoutCertificates(String name) {
        return available(name);
    }
}
