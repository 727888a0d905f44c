package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.warmpool.participant.SentMessages;

/** The latest messages to the participant and whether their e-mail arrived at the mail server. */
class MessagesSent extends Div {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    MessagesSent(List<SentMessages.SentMessage> sent, ZoneId zone) {
        add(new H2("Messages sent"));
        setId("messages-sent");
        if (sent.isEmpty()) {
            add(new Paragraph("No messages yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (SentMessages.SentMessage message : sent) {
            String retry = message.nextAttemptAt() == null ? ""
                    : " (next try at " + message.nextAttemptAt().atZone(zone).format(TIME) + ")";
            list.add(new ListItem(message.createdAt().atZone(zone).format(SENT) + ": " + message.title() + ". "
                    + message.emailStatus() + retry));
        }
        add(list);
    }
}
