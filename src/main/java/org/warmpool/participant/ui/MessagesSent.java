package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.participant.SentMessages;

/** The latest messages to the participant and whether their e-mail arrived at the mail server. */
class MessagesSent extends Div {


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
                    : " (next try at " + message.nextAttemptAt().atZone(zone).format(ClinicFormats.TIME) + ")";
            list.add(new ListItem(message.createdAt().atZone(zone).format(ClinicFormats.DATE_SHORT_TIME) + ": " + message.title() + ". "
                    + message.emailStatus() + retry));
        }
        add(list);
    }
}
