package org.warmpool.instructor;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.account.AccountInvitations;
import org.warmpool.account.InvitationLink;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.security.AppUser;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.EmailAddress;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.StaffAccountService;

/** Instructors and what decides whether they may teach: certificates, availability, leave. */
@Service
@Transactional
public class InstructorService {


    private final InstructorRepository instructors;
    private final StaffAccountService accounts;
    private final AccountInvitations invitations;
    private final Clock clock;
    private final CurrentUser currentUser;

    InstructorService(InstructorRepository instructors, StaffAccountService accounts, AccountInvitations invitations,
            Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.instructors = instructors;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<Instructor> listAll() {
        List<Instructor> all = instructors.findAllWithDetails();
        all.forEach(InstructorService::initialize);
        return all;
    }

    /**
     * Every instructor's id and name, by name: the choices of a filter. One query whatever the
     * number of instructors (their certificates, availability and leave are not read).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<InstructorName> listNames() {
        return instructors.findAllNames();
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

    /**
     * The instructor profile of a user, if they have one: an instructor may ask only for their own
     * (the profile holds their phone, certificates and leave); the front desk for anyone's.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Optional<Instructor> forUser(String email) {
        String normalized = EmailAddress.normalize(email);
        boolean own = currentUser.email().map(EmailAddress::normalize).equals(Optional.ofNullable(normalized));
        if (!own && !currentUser.isStaff()) {
            throw new AccessDeniedException("An instructor may see only their own profile");
        }
        return instructors.findByUserEmail(normalized).map(InstructorService::initialize);
    }

    /**
     * Creates the account (role INSTRUCTOR) and the instructor profile together, and the invitation
     * with which the instructor chooses their own password (e-mailed when e-mail is set up).
     *
     * @param addressInUse the address the administrator's browser uses, for the link when
     *                     {@code warmpool.public-url} is not set
     */
    @RolesAllowed(Roles.ADMIN)
    public NewInstructor create(String name, String email, String phone, String addressInUse) {
        if (phone != null && phone.strip().length() > Instructor.PHONE_MAX_LENGTH) {
            throw new RuleViolationException("The phone number can have at most " + Instructor.PHONE_MAX_LENGTH
                    + " characters.");
        }
        AppUser user = accounts.createInvited(name, email, EnumSet.of(Role.INSTRUCTOR));
        Instructor instructor = instructors.saveAndFlush(new Instructor(user, Texts.blankToNull(phone)));
        return new NewInstructor(instructor, invitations.invite(user, addressInUse));
    }

    /** A new instructor and the invitation to their account. */
    public record NewInstructor(Instructor instructor, InvitationLink invitation) {
    }

    /** Gives an existing account an instructor profile (demo data, or a staff member who also teaches). */
    @RolesAllowed(Roles.ADMIN)
    public Instructor createFor(AppUser user, String phone) {
        if (instructors.existsByUserId(user.getId())) {
            throw new RuleViolationException(user.getDisplayName() + " is already an instructor.");
        }
        return instructors.saveAndFlush(new Instructor(user, Texts.blankToNull(phone)));
    }

    /**
     * Contact and status. An instructor who stops teaching can no longer log in (their open
     * sessions end), and can again when they teach again; an account that also has a staff role
     * keeps its login, which that role needs.
     */
    @RolesAllowed(Roles.ADMIN)
    public void update(long instructorId, String phone, boolean active) {
        Instructor instructor = find(instructorId);
        instructor.setPhone(Texts.blankToNull(phone));
        if (instructor.isActive() != active && instructor.getUser().getRoles().equals(EnumSet.of(Role.INSTRUCTOR))) {
            accounts.setEnabled(instructor.getUser().getId(), active);
        }
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
