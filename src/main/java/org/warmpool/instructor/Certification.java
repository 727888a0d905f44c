package org.warmpool.instructor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A certificate with its expiry date; it counts up to and including that date. */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CertificationType type;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected Certification() {
    }

    public Certification(CertificationType type, String number, LocalDate issuedOn, LocalDate expiresOn) {
        this.type = type;
        this.number = number;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(issuedOn) && !date.isAfter(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public CertificationType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
