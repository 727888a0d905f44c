package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.warmpool.base.ClassFiguresChanged;
import org.warmpool.base.InboxChanged;

/**
 * Live screens on this app node: what one person changes shows at once on the others' open pages.
 * A page part follows the classes it shows (or a participant's inbox) while it is attached; after a
 * transaction that changed one of them has committed, each follower is told in its own UI
 * ({@link UI#access}, sent to the browser by server push) and re-reads that one class through its
 * service. Nothing is read from the database for a page until something it shows has changed.
 *
 * <p>Followers are told on one thread of this class, never on the thread that committed: that
 * thread holds its own user's session lock and must not wait for, or work in, another user's page.
 * The update runs with the security context of the follower's own page (as captured when it was
 * attached; Vaadin's security-context strategy reads the page's own session first anyway), never
 * with that of the person who made the change.
 *
 * <p>In memory, per node: a change made on another app node shows after the next refresh.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    /** A page part's hold on the classes it shows; which classes may change (another week, a filter). */
    public interface Following {

        /** Follows exactly these classes from now on. */
        void classes(Collection<Long> sessionIds);
    }

    private final Map<Long, Set<Follower>> byClass = new ConcurrentHashMap<>();
    private final Map<Long, Set<Follower>> byInbox = new ConcurrentHashMap<>();
    private final ExecutorService teller = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * While {@code component} is attached, {@code update} is called in its UI with the id of each
     * class it follows (see {@link Following#classes}) whose places, waitlist or check-ins changed.
     */
    public Following followClasses(Component component, LongConsumer update) {
        Follower follower = new Follower(byClass, update);
        follower.attachTo(component);
        return follower;
    }

    /** While {@code component} is attached, {@code update} is called in its UI when the inbox changed. */
    public void followInbox(Component component, long participantId, Runnable update) {
        Follower follower = new Follower(byInbox, key -> update.run());
        follower.classes(Set.of(participantId));
        follower.attachTo(component);
    }

    /**
     * The page where the change was made (the committing thread's UI, if any) is left out: it has
     * drawn the change itself, and drawing it again would move the keyboard focus.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void classChanged(ClassFiguresChanged event) {
        tell(byClass, event.sessionId(), UI.getCurrent());
    }

    /** Every open page of the inbox's owner, the one where messages were read too (its bell). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void inboxChanged(InboxChanged event) {
        tell(byInbox, event.participantId(), null);
    }

    /** How many page parts on this node follow something now (for tests: detached ones must not). */
    public int followers() {
        Set<Follower> all = new HashSet<>();
        byClass.values().forEach(all::addAll);
        byInbox.values().forEach(all::addAll);
        return all.size();
    }

    private void tell(Map<Long, Set<Follower>> registry, long key, UI origin) {
        try {
            teller.execute(() -> {
                try {
                    Set<Follower> followers = registry.get(key);
                    if (followers != null) {
                        for (Follower follower : followers.toArray(Follower[]::new)) {
                            follower.changed(key, origin);
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.warn("A live update could not be sent", e);
                } finally {
                    // Nothing of one page's security context stays on this thread for the next.
                    SecurityContextHolder.clearContext();
                }
            });
        } catch (RuntimeException e) {
            // After the commit: the change stands; the other pages show it after a refresh.
            LOG.warn("A live update could not be queued", e);
        }
    }

    /**
     * Waits until every change told so far has been handed to the pages' UIs (which then run the
     * updates when their session is free): for tests, which run those queues themselves.
     */
    public void awaitTold() {
        try {
            teller.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        teller.shutdownNow();
    }

    /** One page part following some keys (class ids, or one participant's inbox). */
    private static final class Follower implements Following {

        private final Map<Long, Set<Follower>> registry;
        private final LongConsumer update;
        /** The keys waiting in the UI's queue: many changes to one class before it runs give one update. */
        private final Set<Long> pending = ConcurrentHashMap.newKeySet();
        private Set<Long> keys = Set.of();
        private volatile UI ui;
        private volatile SecurityContext context;
        /** The UI's own detach: a closed tab or an ended session detaches the UI, not always each part. */
        private Registration uiDetach;

        Follower(Map<Long, Set<Follower>> registry, LongConsumer update) {
            this.registry = registry;
            this.update = update;
        }

        void attachTo(Component component) {
            component.addAttachListener(event -> attach(event.getUI()));
            component.addDetachListener(event -> detach());
            component.getUI().ifPresent(this::attach);
        }

        @Override
        public synchronized void classes(Collection<Long> sessionIds) {
            Set<Long> next = Set.copyOf(sessionIds);
            if (ui != null) {
                keys.stream().filter(key -> !next.contains(key)).forEach(this::unregister);
                next.stream().filter(key -> !keys.contains(key)).forEach(this::register);
            }
            keys = next;
        }

        private synchronized void attach(UI attachedTo) {
            if (ui == attachedTo) {
                return;
            }
            SecurityContext own = SecurityContextHolder.createEmptyContext();
            own.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            context = own;
            if (uiDetach != null) {
                uiDetach.remove();
            }
            uiDetach = attachedTo.addDetachListener(event -> detach());
            ui = attachedTo;
            keys.forEach(this::register);
        }

        private synchronized void detach() {
            if (uiDetach != null) {
                uiDetach.remove();
                uiDetach = null;
            }
            keys.forEach(this::unregister);
            ui = null;
            context = null;
            pending.clear();
        }

        private void register(long key) {
            registry.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(this);
        }

        private void unregister(long key) {
            registry.computeIfPresent(key, (k, followers) -> {
                followers.remove(this);
                return followers.isEmpty() ? null : followers;
            });
        }

        /** Called on the telling thread: queues the update in the follower's own UI. */
        void changed(long key, UI origin) {
            UI target = ui;
            if (target == null || target == origin || !pending.add(key)) {
                return;
            }
            try {
                target.access(() -> {
                    pending.remove(key);
                    SecurityContext own = context;
                    if (ui != target || own == null) {
                        return;
                    }
                    SecurityContext before = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(own);
                    try {
                        update.accept(key);
                    } finally {
                        SecurityContextHolder.setContext(before);
                    }
                });
            } catch (UIDetachedException e) {
                detach();
            }
        }
    }
}
