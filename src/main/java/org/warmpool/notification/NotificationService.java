package org.warmpool.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.InboxChanged;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.UnreadMessages;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.SentMessages;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;

/** A participant's own inbox: only ever the messages of the participant who is logged in. */
@Service
@Transactional
public class NotificationService implements UnreadMessages, SentMessages {

    private final NotificationRepository notifications;
    private final MyParticipant me;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, MyParticipant me, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.me = me;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The logged-in participant's messages, newest first. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public List<Message> myMessages() {
        return notifications.findByParticipantIdOrderByCreatedAtDescIdDesc(me.id()).stream()
                .map(Message::of).toList();
    }

    /**
     * Marks the logged-in participant's messages read up to the newest one shown: they opened their
     * inbox. A message that arrived meanwhile stays unread.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    public int markMineReadUpTo(long newestShownId) {
        int read = notifications.markReadUpTo(me.id(), newestShownId, clock.instant());
        if (read > 0) {
            events.publishEvent(new InboxChanged(me.id()));
        }
        return read;
    }

    /** One message, marked read; only the participant it was written to may open it. */
    @RolesAllowed(Roles.PARTICIPANT)
    public Message open(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .orElseThrow(() -> new RuleViolationException("This message no longer exists."));
        if (notification.getParticipantId() != me.id()) {
            throw new AccessDeniedException("Message of another participant");
        }
        Message message = Message.of(notification);
        notification.markRead(clock.instant());
        events.publishEvent(new InboxChanged(notification.getParticipantId()));
        return message;
    }

    /** What was sent to a participant and how the e-mail went: for the front desk. */
    @Override
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SentMessage> sentTo(long participantId, int limit) {
        return notifications.findByParticipantIdOrderByCreatedAtDescIdDesc(participantId, PageRequest.ofSize(limit))
                .stream().map(n -> new SentMessage(n.getCreatedAt(), n.getTitle(), n.getMailStatus().label(),
                        n.getNextAttemptAt()))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int unreadBy(long participantId) {
        return notifications.countUnread(participantId);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalInt forCurrentUser() {
        if (!currentUser.hasRole(Role.PARTICIPANT)) {
            return OptionalInt.empty();
        }
        return me.find().map(p -> OptionalInt.of(notifications.countUnread(p.getId()))).orElse(OptionalInt.empty());
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong inboxOfCurrentUser() {
        if (!currentUser.hasRole(Role.PARTICIPANT)) {
            return OptionalLong.empty();
        }
        return me.find().map(p -> OptionalLong.of(p.getId())).orElse(OptionalLong.empty());
    }
}
