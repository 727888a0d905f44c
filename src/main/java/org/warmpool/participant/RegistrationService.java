package org.warmpool.participant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AccountMail;
import org.warmpool.security.AppUser;
import org.warmpool.security.DuplicateEmailException;
import org.warmpool.security.EmailAddress;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.security.RequestAction;
import org.warmpool.security.RequestAttempts;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/** New participants: self-registration in the browser, and walk-ins at the front desk. */
@Service
@Transactional
public class RegistrationService {

    public static final String DUPLICATE_EMAIL = "An account with this e-mail exists: log in or reset your password.";
    /** The start of the refusal when one client address has registered too often; the time follows. */
    public static final String TOO_MANY_REGISTRATIONS = "Sorry, we have had a lot of new accounts from your "
            + "network in the last hour, so we cannot create another one just now. Nothing was saved. Please try "
            + "again after ";

    private final ParticipantRepository participants;
    private final UserAccountService accounts;
    private final Validator validator;
    private final HealthDataAudit audit;
    private final Clock clock;
    private final AccountMail mail;
    private final RequestAttempts requests;
    private final TransactionTemplate transaction;
    private final ClinicSettings clinic;

    RegistrationService(ParticipantRepository participants, UserAccountService accounts, Validator validator,
            HealthDataAudit audit, Clock clock, AccountMail mail, RequestAttempts requests,
            PlatformTransactionManager transactions, ClinicSettings clinic) {
        this.mail = mail;
        this.requests = requests;
        this.transaction = new TransactionTemplate(transactions);
        this.clinic = clinic;
        this.participants = participants;
        this.accounts = accounts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anyone may create their own participant account; the checks are the form's, repeated here. */
    @PermitAll
    public Participant register(RegistrationForm form) {
        validate(form);
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            throw new RuleViolationException("Enter your e-mail address: you will use it to log in.");
        }
        PasswordPolicy.problem(form.getPassword(), form.getEmail(), form.getFullName()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        String email = EmailAddress.normalize(form.getEmail());
        if (participants.existsByEmail(email)) {
            throw new RuleViolationException(DUPLICATE_EMAIL);
        }
        AppUser user;
        try {
            // Anyone may register: the form's checks above are this flow's rules.
            user = SystemTasks.callAsStaff(() -> accounts.createAccount(email, form.getFullName(), form.getPassword(),
                    EnumSet.of(Role.PARTICIPANT)));
        } catch (DuplicateEmailException duplicate) {
            throw new RuleViolationException(DUPLICATE_EMAIL);
        }
        return save(new Participant(user, form, clock.instant(), false));
    }

    /**
     * Self-registration as the register page does it: the answer does not tell whether the address
     * has an account. A new address gets its account; for a known one nothing changes, and the owner
     * of the address is e-mailed that someone tried (when e-mail is on). Both take about as long:
     * the password is hashed either way, and the e-mail goes after the answer. One client address may
     * register only so many times an hour ({@code warmpool.requests.*}); the count is kept before the
     * registration's own transaction begins (see {@link RequestAttempts}).
     *
     * @param clientAddress the address the request came from
     */
    @PermitAll
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void registerOrTellOwner(RegistrationForm form, String clientAddress) {
        validate(form);
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            throw new RuleViolationException("Enter your e-mail address: you will use it to log in.");
        }
        PasswordPolicy.problem(form.getPassword(), form.getEmail(), form.getFullName()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        requests.tryRequest(RequestAction.REGISTER, clientAddress).ifPresent(until -> {
            throw new RuleViolationException(tooManyRegistrations(until));
        });
        try {
            transaction.executeWithoutResult(status -> registerChecked(form));
        } catch (DuplicateEmailException raceLost) {
            // Another request (or app node) registered the address at the same moment, and the database
            // refused this insert, so that transaction rolled back. In a new one the address is known:
            // the same answer as for any known address.
            transaction.executeWithoutResult(status -> registerChecked(form));
        }
    }

    /** The polite refusal when one network has registered too often. */
    String tooManyRegistrations(Instant until) {
        return TOO_MANY_REGISTRATIONS + until.atZone(clinic.timeZone()).format(ClinicFormats.TIME)
                + ", or ask the front desk to register you.";
    }

    private void registerChecked(RegistrationForm form) {
        String email = EmailAddress.normalize(form.getEmail());
        Optional<Participant> known = participants.findByEmail(email);
        if (known.isPresent()) {
            accounts.hashAndForget(form.getPassword());
            tellOwner(email, known.get().getFullName(), known.get().getUser() != null);
            return;
        }
        Optional<AppUser> user = SystemTasks.callAsStaff(() -> accounts.createAccountIfNew(email,
                form.getFullName(), form.getPassword(), EnumSet.of(Role.PARTICIPANT)));
        if (user.isEmpty()) {
            String name = accounts.findByEmail(email).map(AppUser::getDisplayName).orElse(form.getFullName());
            tellOwner(email, name, true);
            return;
        }
        save(new Participant(user.get(), form, clock.instant(), false));
    }

    private void tellOwner(String email, String name, boolean hasAccount) {
        String what = hasAccount
                ? "You have an account with this address already, so nothing was changed. If it was you: log in "
                        + "with your e-mail address and your password. If you have forgotten the password, choose "
                        + "\"Forgot your password?\" on the log-in page, or ask the front desk."
                : "The front desk has registered you with this address already, so no second record was made. To "
                        + "log in to the app, ask the front desk to send you an account invitation.";
        mail.sendLater(email, name, "Someone tried to register with your e-mail address",
                "Someone, perhaps you, tried to create a new account with this e-mail address (" + email + ").\n\n"
                        + what + "\n\nIf it was not you, you need not do anything: your account and password are "
                        + "as they were.");
    }

    /** The front desk registers someone who came in person; they get no password (yet). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public Participant registerWalkIn(RegistrationForm form) {
        form.setPassword(null);
        validate(form);
        String email = EmailAddress.normalize(form.getEmail());
        if (email != null && !email.isBlank() && participants.existsByEmail(email)) {
            throw new RuleViolationException("A participant with this e-mail is registered already. Search for them.");
        }
        Participant participant = save(new Participant(null, form, clock.instant(), true));
        audit.record(AuditAction.REGISTERED_WALK_IN, participant.getId(), "Registered at the front desk");
        return participant;
    }

    /** A participant record for an account that exists already (demo data, or staff who also swim). */
    @RolesAllowed(Roles.ADMIN)
    public Participant registerExistingAccount(AppUser user, RegistrationForm form) {
        form.setPassword(null);
        form.setEmail(user.getEmail());
        validate(form);
        return save(new Participant(user, form, clock.instant(), false));
    }

    private Participant save(Participant participant) {
        try {
            return participants.saveAndFlush(participant);
        } catch (DataIntegrityViolationException raceLost) {
            throw new RuleViolationException(DUPLICATE_EMAIL);
        }
    }

    private void validate(RegistrationForm form) {
        Set<ConstraintViolation<RegistrationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new RuleViolationException("Please correct: " + violations.stream().map(ConstraintViolation::getMessage)
                    .distinct().sorted().collect(Collectors.joining("; ")) + ".");
        }
    }
}
