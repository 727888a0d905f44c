package org.warmpool.notification.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.notification.Message;
import org.warmpool.notification.NotificationService;
import org.warmpool.security.Roles;

/** The participant's messages, newest first; new ones are marked, and are read once shown. */
@Route(value = "messages", layout = MainLayout.class)
@PageTitle("Messages | Warmpool")
@Menu(order = 3.7, title = "Messages", icon = "vaadin:bell")
@RolesAllowed(Roles.PARTICIPANT)
public class MessagesView extends Main {


    public MessagesView(NotificationService notifications, Clock clock) {
        addClassName("home-view");
        setId("messages");
        ZoneId zone = clock.getZone();
        List<Message> messages = notifications.myMessages();
        if (messages.isEmpty()) {
            add(new Paragraph("No messages yet. When you book a class, or something changes about a class you "
                    + "booked, you will find a message here."));
            return;
        }
        for (Message message : messages) {
            H2 title = new H2();
            title.addClassName("message-title");
            Article article = new Article();
            article.addClassName("message");
            if (message.unread()) {
                article.addClassName("message-unread");
                Span isNew = new Span("New");
                isNew.getElement().getThemeList().add("badge primary");
                title.add(isNew, new Span(" "));
            }
            title.add(new Span(message.title()));
            Paragraph when = new Paragraph(message.createdAt().atZone(zone).format(ClinicFormats.DAY_SHORT_TIME));
            when.addClassName("message-time");
            article.add(title, when, new Paragraph(message.body()));
            add(article);
        }
        notifications.markMineReadUpTo(messages.stream().mapToLong(Message::id).max().orElseThrow());
    }
}
