package org.warmpool.notification;

/** A message was written to the inbox in the current transaction; its e-mail goes after commit. */
record NotificationStored(long notificationId) {
}
