package org.warmpool.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.warmpool.base.AbstractEntity;

/** A person who can log in: staff, instructor or participant. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    /** A person's name as shown on screen (also the instructor's name). */
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;

    /**
     * The stored "hash" of an account created by an invitation, until the person chooses a
     * password with the link: it is no BCrypt hash, so no password ever matches it.
     */
    static final String NO_PASSWORD_YET = "!no password yet: invitation not used";

    @NotBlank
    @Email
    @Size(max = EmailAddress.MAX_LENGTH)
    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Sessions that logged in before this moment have ended (see {@link AccountSessions}). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    /** Someone else chose the password: the person must choose their own before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The last successful login; null when the account has never logged in. */
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.email = EmailAddress.normalize(email);
        this.displayName = displayName == null ? null : displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** Created by an invitation whose link has not been used: nobody can log in yet. */
    public boolean isWaitingForInvitation() {
        return NO_PASSWORD_YET.equals(passwordHash);
    }

    /** The "hash" of an erased account: no BCrypt hash, so no password ever matches it. */
    static final String ERASED = "!erased: no login possible";

    /**
     * The person asked to be forgotten: the address and name become references that identify
     * nobody, no password matches, the account is switched off and its sessions end.
     */
    void erase(String neutralEmail, String neutralName, Instant now) {
        this.email = neutralEmail;
        this.displayName = neutralName;
        this.passwordHash = ERASED;
        this.enabled = false;
        this.mustChangePassword = false;
        this.lastLoginAt = null;
        endSessionsBefore(now);
    }

    /** An administrator changed the roles (the caller checked the last-administrator rule). */
    void replaceRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** The password was chosen by someone else (the first administrator's, from the settings file). */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /**
     * A new password the person chose themselves; every session that logged in before {@code now}
     * ends at its next request.
     */
    void replacePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
        endSessionsBefore(now);
    }

    /** Every session that logged in before {@code now} ends at its next request. */
    void endSessionsBefore(Instant now) {
        this.sessionsValidFrom = now;
    }
}
