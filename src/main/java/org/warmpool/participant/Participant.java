package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.warmpool.base.AbstractEntity;
import org.warmpool.base.Texts;
import org.warmpool.security.AppUser;
import org.warmpool.security.EmailAddress;

/** A person who comes to classes; with an account when they registered themselves. */
@Entity
@Table(name = "participant")
public class Participant extends AbstractEntity {

    /** The participant's full name and their emergency contact's name. */
    public static final int NAME_MAX_LENGTH = 120;

    /** The participant's phone and their emergency contact's phone. */
    public static final int PHONE_MAX_LENGTH = 40;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", unique = true)
    private AppUser user;

    @Column(name = "full_name", nullable = false, length = NAME_MAX_LENGTH)
    private String fullName;

    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    /** Null only once the participant has been erased. */
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    /** Null only once the participant has been erased. */
    @Column(name = "emergency_contact_name", length = NAME_MAX_LENGTH)
    private String emergencyContactName;

    /** Null only once the participant has been erased. */
    @Column(name = "emergency_contact_phone", length = PHONE_MAX_LENGTH)
    private String emergencyContactPhone;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    /** The level staff accepted for the participant (0-3); null until a progression is accepted. */
    @Column(name = "current_level")
    private Integer currentLevel;

    @Column(name = "level_set_aside_from")
    private Integer levelSetAsideFrom;

    @Column(name = "level_set_aside_at")
    private Instant levelSetAsideAt;

    @Column(name = "level_set_aside_reason", length = LevelSetAside.REASON_MAX_LENGTH)
    private String levelSetAsideReason;

    /** When an administrator erased the participant's personal data on request; null otherwise. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Participant() {
    }

    /** The name an erased participant's row keeps: a reference, not a person. */
    public static String erasedName(long participantId) {
        return "Erased participant " + participantId;
    }

    /**
     * Removes everything that says who the person was; the row stays, so that their bookings and
     * attendance keep counting in reports. The dates of registration and consent are kept.
     */
    void erase(Instant now) {
        this.fullName = erasedName(getId());
        this.email = null;
        this.phone = null;
        this.dateOfBirth = null;
        this.emergencyContactName = null;
        this.emergencyContactPhone = null;
        this.currentLevel = null;
        this.levelSetAsideFrom = null;
        this.levelSetAsideAt = null;
        this.levelSetAsideReason = null;
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    Participant(AppUser user, RegistrationForm form, Instant now, boolean walkIn) {
        this.user = user;
        this.fullName = form.getFullName().strip();
        this.email = Texts.blankToNull(EmailAddress.normalize(form.getEmail()));
        this.phone = Texts.blankToNull(form.getPhone());
        this.dateOfBirth = form.getDateOfBirth();
        this.emergencyContactName = form.getEmergencyContactName().strip();
        this.emergencyContactPhone = form.getEmergencyContactPhone().strip();
        this.consentGivenAt = now;
        this.registeredAt = now;
        this.walkIn = walkIn;
    }

    /** The walk-in created their account from an invitation: from now on they log in as this user. */
    void linkAccount(AppUser account) {
        if (this.user != null) {
            throw new IllegalStateException("Participant " + getId() + " has an account already");
        }
        this.user = account;
    }

    public AppUser getUser() {
        return user;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public Integer getCurrentLevel() {
        return currentLevel;
    }

    void setCurrentLevel(int level) {
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("A level is 0 to 3");
        }
        this.currentLevel = level;
        this.levelSetAsideFrom = null;
        this.levelSetAsideAt = null;
        this.levelSetAsideReason = null;
    }

    /**
     * Sets the accepted level aside (high pain or a red flag since it was accepted): the gentle
     * levels apply until staff accept a level again. Returns whether there was a level to set aside.
     */
    boolean setLevelAside(String reason, Instant now) {
        if (currentLevel == null) {
            return false;
        }
        this.levelSetAsideFrom = currentLevel;
        this.levelSetAsideAt = now;
        this.levelSetAsideReason = LevelSetAside.shorten(reason);
        this.currentLevel = null;
        return true;
    }

    /** The accepted level set aside and why, until staff accept a level again. */
    public java.util.Optional<LevelSetAside> getLevelSetAside() {
        return levelSetAsideAt == null ? java.util.Optional.empty()
                : java.util.Optional.of(new LevelSetAside(levelSetAsideFrom, levelSetAsideAt, levelSetAsideReason));
    }
}
