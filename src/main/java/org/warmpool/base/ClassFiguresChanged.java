package org.warmpool.base;

/**
 * The places taken, the waitlist or who came of one class may have changed. Published inside the
 * changing transaction; the open screens that show the class hear of it only after the commit
 * ({@link org.warmpool.base.ui.LiveUpdates}).
 */
public record ClassFiguresChanged(long sessionId) {
}
