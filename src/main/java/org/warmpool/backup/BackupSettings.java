package org.warmpool.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Online backups of the embedded H2 database.
 *
 * @param folder where the backups are written (default {@code ./data/backups})
 * @param keep   how many of the newest backups are kept; older ones are deleted (default 14)
 * @param cron   when the automatic backup runs, in the clinic's time zone (default 01:30 every night;
 *               "-" switches it off)
 */
@ConfigurationProperties("warmpool.backup")
public record BackupSettings(Path folder, Integer keep, String cron) {

    public BackupSettings {
        folder = folder == null ? Path.of("data", "backups") : folder;
        keep = keep == null ? 14 : keep;
        cron = cron == null || cron.isBlank() ? "0 30 1 * * *" : cron.strip();
        if (keep < 1) {
            throw new IllegalArgumentException("warmpool.backup.keep must be 1 or more, not " + keep);
        }
    }

    public boolean scheduled() {
        return !cron.equals("-");
    }
}
