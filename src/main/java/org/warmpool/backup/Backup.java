package org.warmpool.backup;

import java.time.LocalDateTime;

/**
 * One backup file.
 *
 * @param takenAt when it was taken, on the clinic's clocks
 */
public record Backup(String fileName, LocalDateTime takenAt, long sizeBytes) {

    /** The size for people: "840 KB", "12.5 MB". */
    public String sizeText() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
