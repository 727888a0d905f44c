package org.warmpool.instructor;

import java.time.LocalDate;

public record ExpiringCertificate(long instructorId, String instructorName, CertificationType type,
        LocalDate expiresOn) {
}
