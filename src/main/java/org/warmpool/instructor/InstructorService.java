package org.warmpool.instructor;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.security.AppUser;
import org.warmpool.security.EmailAddress;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.UserAccountService;

/** Instructors and what decides whether they may teach: certificates, availability, leave. */
@Service
@Transactional
public class InstructorService {


    private final InstructorRepository instructors;
    private final UserAccountService accounts;
    private final Clock clock;

    InstructorService(InstructorRepository instructors, UserAccountService accounts, Clock clock) {
        this.instructors = instructors;
        this.accounts = accounts;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<Instructor> listAll() {
        List<Instructor> all = instructors.findAllWithDetails();
        all.forEach(InstructorService::initialize);
        return all;
    }

    /** Active instructors with everything the assignment rules need, loaded. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<Instructor> listActive() {
        return listAll().stream().filter(Instructor::isActive).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public Instructor get(long instructorId) {
        return initialize(find(instructorId));
    }

    /** The instructor profile of a logged-in user, if they have one. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Instructor> forUser(String email) {
        return instructors.findByUserEmail(EmailAddress.normalize(email)).map(InstructorService::initialize);
    }

    /** Creates the account (role INSTRUCTOR) and the instructor profile together. */
    @RolesAllowed(Roles.ADMIN)
    public Instructor create(String name, String email, String phone, String initialPassword) {
        if (name == null || name.isBlank() || name.strip().length() > AppUser.DISPLAY_NAME_MAX_LENGTH) {
            throw new RuleViolationException("Enter the instructor's name (at most " + AppUser.DISPLAY_NAME_MAX_LENGTH
                    + " characters).");
        }
        if (email == null || !email.contains("@")) {
            throw new RuleViolationException("Enter a valid e-mail address.");
        }
        if (initialPassword == null || initialPassword.length() < PasswordPolicy.MIN_LENGTH) {
            throw new RuleViolationException("The first password needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters.");
        }
        AppUser user;
        try {
            user = accounts.createAccount(email, name, initialPassword, EnumSet.of(Role.INSTRUCTOR));
        } catch (org.warmpool.security.DuplicateEmailException duplicate) {
            throw new RuleViolationException("An account with this e-mail exists already.");
        }
        return instructors.saveAndFlush(new Instructor(user, Texts.blankToNull(phone)));
    }

    /** Gives an existing account an instructor profile (demo data, or a staff member who also teaches). */
    @RolesAllowed(Roles.ADMIN)
    public Instructor createFor(AppUser user, String phone) {
        if (instructors.existsByUserId(user.getId())) {
            throw new RuleViolationException(user.getDisplayName() + " is already an instructor.");
        }
        return instructors.saveAndFlush(new Instructor(user, Texts.blankToNull(phone)));
    }

    @RolesAllowed(Roles.ADMIN)
    public void update(long instructorId, String phone, boolean active) {
        Instructor instructor = find(instructorId);
        instructor.setPhone(Texts.blankToNull(phone));
        instructor.setActive(active);
    }

    @RolesAllowed(Roles.ADMIN)
    public void addCertification(long instructorId, CertificationType type, String number, LocalDate issuedOn,
            LocalDate expiresOn) {
        if (type == null || number == null || number.isBlank() || issuedOn == null || expiresOn == null) {
            throw new RuleViolationException("Enter the type, number, issue date and expiry date of the certificate.");
        }
        if (!expiresOn.isAfter(issuedOn)) {
            throw new RuleViolationException("The expiry date must be after the issue date.");
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("The issue date cannot be in the future.");
        }
        find(instructorId).addCertification(new Certification(type, number.strip(), issuedOn, expiresOn));
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeCertification(long instructorId, long certificationId) {
        find(instructorId).removeCertification(certificationId);
    }

    /** A weekly window; it may not cross midnight (enter two windows for a night shift). */
    @RolesAllowed(Roles.ADMIN)
    public void addAvailability(long instructorId, DayOfWeek day, LocalTime start, LocalTime end) {
        if (day == null || start == null || end == null) {
            throw new RuleViolationException("Choose the weekday, the start and the end time.");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolationException("The end time must be after the start time. A window cannot cross "
                    + "midnight: enter it as two windows, one until 23:59 and one from 00:00 the next day.");
        }
        find(instructorId).addAvailability(new AvailabilityWindow(day, start, end));
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeAvailability(long instructorId, long windowId) {
        find(instructorId).removeAvailability(windowId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void addLeave(long instructorId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null || lastDay == null) {
            throw new RuleViolationException("Choose the first and the last day of leave.");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new RuleViolationException("The last day of leave cannot be before the first.");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > Leave.REASON_MAX_LENGTH) {
            throw new RuleViolationException("Give a short reason (holiday, sickness, training), at most "
                    + Leave.REASON_MAX_LENGTH + " characters.");
        }
        find(instructorId).addLeave(new Leave(firstDay, lastDay, reason.strip()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void removeLeave(long instructorId, long leaveId) {
        find(instructorId).removeLeave(leaveId);
    }

    /** Certificates of active instructors that expire within {@code days} days from today. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<ExpiringCertificate> expiringWithin(int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        return listActive().stream()
                .flatMap(i -> i.getCertifications().stream()
                        .filter(c -> !c.getExpiresOn().isBefore(today) && !c.getExpiresOn().isAfter(until))
                        .map(c -> new ExpiringCertificate(i.getId(), i.getName(), c.getType(), c.getExpiresOn())))
                .sorted(Comparator.comparing(ExpiringCertificate::expiresOn))
                .toList();
    }

    private Instructor find(long instructorId) {
        return instructors.findWithDetails(instructorId)
                .orElseThrow(() -> new RuleViolationException("This instructor no longer exists."));
    }

    static Instructor initialize(Instructor instructor) {
        Hibernate.initialize(instructor.getUser());
        instructor.getCertifications().size();
        instructor.getAvailability().size();
        instructor.getLeave().size();
        return instructor;
    }
}
