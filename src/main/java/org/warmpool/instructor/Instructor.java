package org.warmpool.instructor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.warmpool.base.AbstractEntity;
import org.warmpool.security.AppUser;

/** An instructor: a user with the INSTRUCTOR role, with certificates, weekly availability and leave. */
@Entity
@Table(name = "instructor")
public class Instructor extends AbstractEntity {

    public static final int PHONE_MAX_LENGTH = 40;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private AppUser user;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "instructor_id", nullable = false)
    @OrderBy("type, expiresOn")
    private List<Certification> certifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "instructor_id", nullable = false)
    @OrderBy("weekday, startTime")
    private List<AvailabilityWindow> availability = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "instructor_id", nullable = false)
    @OrderBy("firstDay")
    private List<Leave> leave = new ArrayList<>();

    protected Instructor() {
    }

    public Instructor(AppUser user, String phone) {
        this.user = user;
        this.phone = phone;
    }

    public String getName() {
        return user.getDisplayName();
    }

    public String getEmail() {
        return user.getEmail();
    }

    public AppUser getUser() {
        return user;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Certification> getCertifications() {
        return List.copyOf(certifications);
    }

    public List<AvailabilityWindow> getAvailability() {
        return List.copyOf(availability);
    }

    public List<Leave> getLeave() {
        return List.copyOf(leave);
    }

    void addCertification(Certification certification) {
        certifications.add(certification);
    }

    void removeCertification(long certificationId) {
        certifications.removeIf(c -> c.getId() != null && c.getId() == certificationId);
    }

    void addAvailability(AvailabilityWindow window) {
        availability.add(window);
    }

    void removeAvailability(long windowId) {
        availability.removeIf(w -> w.getId() != null && w.getId() == windowId);
    }

    void addLeave(Leave days) {
        leave.add(days);
    }

    void removeLeave(long leaveId) {
        leave.removeIf(l -> l.getId() != null && l.getId() == leaveId);
    }
}
