package org.warmpool.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicSettings;
import org.warmpool.security.SystemTasks;

/**
 * The nightly backup ({@code warmpool.backup.cron}, read in the clinic's time zone; "-" switches it
 * off). Only for the embedded H2 database; on PostgreSQL the clinic's own pg_dump does this. It
 * takes no {@link org.warmpool.base.ClusterJobs} lock: an H2 file is open in one application at a
 * time, so there is never a second node to share the job with (and a backup of a large file may
 * outlast the lock's time-to-live).
 */
@Component
class BackupJob implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupJob.class);

    private final BackupService backups;
    private final BackupSettings settings;
    private final ClinicSettings clinic;

    BackupJob(BackupService backups, BackupSettings settings, ClinicSettings clinic) {
        this.backups = backups;
        this.settings = settings;
        this.clinic = clinic;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.scheduled()) {
            registrar.addCronTask(new CronTask(this::backUp, new CronTrigger(settings.cron(), clinic.timeZone())));
        }
    }

    void backUp() {
        try {
            SystemTasks.runAsStaff(() -> {
                if (backups.available()) {
                    backups.backUpNow();
                }
            });
        } catch (RuntimeException failed) {
            LOG.error("The nightly backup failed; the previous backups are kept", failed);
        }
    }
}
