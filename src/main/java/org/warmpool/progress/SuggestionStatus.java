package org.warmpool.progress;

/**
 * OPEN until staff or the instructor decide; WITHDRAWN when newer pain data no longer supports
 * it (a newer suggestion may take its place).
 */
public enum SuggestionStatus {
    OPEN, ACCEPTED, DISMISSED, WITHDRAWN
}
