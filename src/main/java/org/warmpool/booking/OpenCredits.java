package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.CsvWriter;
import org.warmpool.security.Roles;

/**
 * Every open make-up credit (not used, not expired) for the front desk, the soonest to expire
 * first, and who has one expiring soon: so that the desk can offer them a class in time.
 */
@Service
@Transactional(readOnly = true)
public class OpenCredits {

    /** A credit whose last day is this many days away or fewer is "expiring soon". */
    public static final int EXPIRING_WITHIN_DAYS = 14;

    static final String[] CSV_HEADER = {"Participant", "Credit for the class", "Class date", "Valid until",
        "Days left", "Expires within " + EXPIRING_WITHIN_DAYS + " days"};

    private final MakeupCreditRepository credits;
    private final Clock clock;
    private final ClinicSettings clinic;

    OpenCredits(MakeupCreditRepository credits, Clock clock, ClinicSettings clinic) {
        this.credits = credits;
        this.clock = clock;
        this.clinic = clinic;
    }

    /** Every open credit, the soonest to expire first (then by name). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<OpenCredit> list() {
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        return credits.findOpen(today).stream().map(c -> {
            long left = ChronoUnit.DAYS.between(today, c.getValidUntil());
            return new OpenCredit(c.getId(), c.getParticipant().getId(), c.getParticipant().getFullName(),
                    c.getSourceSession().getLevel().title(), c.getSourceSession().getDate(), c.getValidUntil(), left,
                    left <= EXPIRING_WITHIN_DAYS);
        }).toList();
    }

    /** The same list as CSV ({@link CsvWriter}): one line a credit, dates as yyyy-MM-dd. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public void exportCsv(OutputStream out) {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer, CSV_HEADER);
        for (OpenCredit credit : list()) {
            csv.row(credit.participantName(), credit.fromClass(), credit.fromDate().toString(),
                    credit.validUntil().toString(), String.valueOf(credit.daysLeft()),
                    credit.expiringSoon() ? "yes" : "no");
        }
        csv.flush();
    }
}
