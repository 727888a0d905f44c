package org.warmpool.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ClusterJobs;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingNotice;
import org.warmpool.security.SystemTasks;

/**
 * The day before a class, everyone with a place gets a reminder: by default at 17:00 clinic time
 * ({@code warmpool.reminders.cron}, read in the clinic's time zone; "-" switches it off). Each
 * reminder is stored once (a unique constraint per booking), so running the job twice, or on two
 * app nodes at once, sends it once; {@link ClusterJobs} saves the second node the work.
 */
@Component
public class ReminderJob implements SchedulingConfigurer {

    static final String JOB = "reminders";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final AttendanceService attendance;
    private final Inbox inbox;
    private final ClusterJobs jobs;
    private final TransactionTemplate eachReminder;
    private final Clock clock;
    private final ZoneId zone;
    private final String cron;

    ReminderJob(AttendanceService attendance, Inbox inbox, ClusterJobs jobs, PlatformTransactionManager transactions,
            Clock clock, ClinicSettings clinic, @Value("${warmpool.reminders.cron:0 0 17 * * *}") String cron) {
        this.attendance = attendance;
        this.inbox = inbox;
        this.jobs = jobs;
        this.eachReminder = new TransactionTemplate(transactions);
        this.eachReminder.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = clinic.timeZone();
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!"-".equals(cron.strip())) {
            registrar.addCronTask(new CronTask(this::runOnThisNodeIfFree, new CronTrigger(cron, zone)));
        }
    }

    /** The scheduled run: skipped while another node runs the job. */
    public void runOnThisNodeIfFree() {
        jobs.runOnce(JOB, this::sendReminders);
    }

    /** Reminders for tomorrow's classes (in the clinic's time zone). @return how many were new */
    public int sendReminders() {
        return sendRemindersFor(LocalDate.now(clock.withZone(zone)).plusDays(1));
    }

    int sendRemindersFor(LocalDate day) {
        int[] stored = {0};
        SystemTasks.runAsStaff(() -> {
            for (BookingNotice notice : attendance.remindersFor(day)) {
                try {
                    if (Boolean.TRUE.equals(eachReminder.execute(status -> inbox.store(notice)))) {
                        stored[0]++;
                    }
                } catch (DataIntegrityViolationException storedMeanwhile) {
                    LOG.debug("Reminder for booking {} was stored by another run", notice.bookingId());
                }
            }
        });
        LOG.info("Reminders for {}: {} new", day, stored[0]);
        return stored[0];
    }
}
