package org.warmpool.participant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.security.EmailAddress;

/**
 * What a person gives to register, themselves (with a password) or at the front desk (a walk-in,
 * without one). Checked by the form and again by the service.
 */
public class RegistrationForm {

    @NotBlank(message = "Enter your full name")
    @Size(max = Participant.NAME_MAX_LENGTH, message = "At most {max} characters")
    private String fullName;

    // Empty is allowed here (a walk-in may have none); self-registration requires it separately.
    @Email(regexp = "^$|.+@.+\\..+", message = "Enter an e-mail address like name@example.org")
    @Size(max = EmailAddress.MAX_LENGTH, message = "At most {max} characters")
    private String email;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "At most {max} characters")
    private String password;

    @Size(max = Participant.PHONE_MAX_LENGTH, message = "At most {max} characters")
    @Pattern(regexp = "^$|^[0-9 +()\\-]{6," + Participant.PHONE_MAX_LENGTH + "}$", message = "Use digits, spaces, + ( ) or -")
    private String phone;

    @NotNull(message = "Enter your date of birth")
    @PlausibleBirthDate
    private LocalDate dateOfBirth;

    @NotBlank(message = "Enter the name of someone we can call in an emergency")
    @Size(max = Participant.NAME_MAX_LENGTH, message = "At most {max} characters")
    private String emergencyContactName;

    @NotBlank(message = "Enter their phone number")
    @Size(max = Participant.PHONE_MAX_LENGTH, message = "At most {max} characters")
    @Pattern(regexp = "^[0-9 +()\\-]{6," + Participant.PHONE_MAX_LENGTH + "}$", message = "Use digits, spaces, + ( ) or -")
    private String emergencyContactPhone;

    private boolean consent;

    @AssertTrue(message = "We can only store your health answers with your consent")
    public boolean isConsentGiven() {
        return consent;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
