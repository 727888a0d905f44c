package org.warmpool.schedule.ui;

import com.vaadin.flow.component.html.UnorderedList;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.warmpool.schedule.ScheduledSession;

/**
 * One day's classes in the week: a list of {@link SessionCard}s, sent to the browser as one piece
 * of HTML. One click listener on the list opens the class whose card was clicked, or activated with
 * Enter or Space (a button's click). When a class's places change (a booking elsewhere) the list is
 * sent again, and the browser puts the keyboard focus back on the same class's card, so that
 * someone moving through the week with the keyboard keeps their place.
 */
class SessionList extends UnorderedList {

    /** What the browser sends with a click: the id of the class whose card it was in, or null. */
    static final String CLICKED_SESSION = "event.target.closest('button[data-session]') "
            + "? event.target.closest('button[data-session]').dataset.session : null";

    /**
     * Runs in the browser when the list is attached: each new content keeps the focus on the card of
     * the class that had it. Flow writes new content by first removing the list's children (the
     * focused card with them) and then setting its {@code innerHTML}; both are wrapped here, the
     * first to note whose card had the focus, the second to give it back once the new cards are in,
     * unless the focus has moved somewhere else meanwhile.
     */
    private static final String KEEP_FOCUS = """
            const list = this;
            if (list.__keepsFocus) {
              return;
            }
            list.__keepsFocus = true;
            const focusedClass = () => list.contains(document.activeElement)
                ? document.activeElement.closest('button[data-session]') : null;
            const removeChild = list.removeChild;
            list.removeChild = function (child) {
              const had = focusedClass();
              if (had && child.contains(had)) {
                list.__refocus = had.dataset.session;
              }
              return removeChild.call(list, child);
            };
            const html = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
            Object.defineProperty(list, 'innerHTML', {
              configurable: true,
              get() {
                return html.get.call(list);
              },
              set(value) {
                const had = focusedClass();
                const id = had ? had.dataset.session : list.__refocus;
                list.__refocus = null;
                html.set.call(list, value);
                const nowhere = !document.activeElement || document.activeElement === document.body;
                const again = id && (had || nowhere)
                    ? list.querySelector('button[data-session="' + id + '"]') : null;
                if (again) {
                  again.focus({preventScroll: true});
                }
              }
            });""";

    private final Map<Long, ScheduledSession> sessions = new LinkedHashMap<>();

    SessionList(List<ScheduledSession> day, LongConsumer open) {
        addClassName("session-list");
        day.forEach(session -> sessions.put(session.id(), session));
        show();
        getElement().addEventListener("click", click -> {
            Long id = clicked(click.getEventData().get(CLICKED_SESSION));
            if (id != null) {
                open.accept(id);
            }
        }).addEventData(CLICKED_SESSION);
        addAttachListener(attach -> getElement().executeJs(KEEP_FOCUS));
    }

    /** The class clicked, if it is one of this list's (the browser's word is not taken for more). */
    private Long clicked(JsonValue value) {
        if (value == null || value.getType() != JsonType.STRING) {
            return null;
        }
        try {
            long id = Long.parseLong(value.asString());
            return sessions.containsKey(id) ? id : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** Shows the class again as it is now (its places), if it is in this list. */
    void showAgain(ScheduledSession session) {
        if (sessions.replace(session.id(), session) != null) {
            show();
        }
    }

    private void show() {
        getElement().setProperty("innerHTML",
                sessions.values().stream().map(SessionCard::html).collect(Collectors.joining()));
    }
}
